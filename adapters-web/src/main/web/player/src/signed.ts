// Signed CDN playback (docs/cdn.md): CloudFront signs a playlist with a query string
// (?Policy=…&Signature=…&Key-Pair-Id=…) whose policy covers the playlist's directory. The segments and
// child playlists it lists by relative URL do not inherit a query string, so the player carries the
// playlist's query over to every request under that directory that has none of its own. Bunny's
// directory token sits in the path and needs nothing: relative URLs keep it.

/** The URL to fetch for {@code requestUrl} when playing {@code playlistUrl}: with the playlist's query carried over if it is signed. */
export function withPlaylistQuery(playlistUrl: string, requestUrl: string): string {
    let playlist: URL;
    let request: URL;
    try {
        playlist = new URL(playlistUrl);
        request = new URL(requestUrl, playlist);
    } catch {
        return requestUrl;
    }
    if (!playlist.search || request.search || request.origin !== playlist.origin) return requestUrl;
    const directory = playlist.pathname.slice(0, playlist.pathname.lastIndexOf('/') + 1);
    if (!request.pathname.startsWith(directory)) return requestUrl;
    return request.origin + request.pathname + playlist.search;
}

/** An hls.js {@code xhrSetup} that opens each request on {@link withPlaylistQuery}'s URL; undefined when the playlist is not signed by query. */
export function signedXhrSetup(playlistUrl: string): ((xhr: XMLHttpRequest, url: string) => void) | undefined {
    if (!playlistUrl.includes('?')) return undefined;
    return (xhr, url) => {
        const signed = withPlaylistQuery(playlistUrl, url);
        if (signed !== url) xhr.open('GET', signed, true);
    };
}
