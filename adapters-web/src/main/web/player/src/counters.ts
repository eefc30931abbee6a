// The player's own byte counters, read by tests through window.streamhubPlayer.stats().
export class Counters {
    p2pBytes = 0;
    httpBytes = 0;
    p2pUploadedBytes = 0;
    peers = 0;
    segmentsP2p = 0;
    segmentsHttp = 0;

    add(source: string, bytes: number): void {
        if (!(bytes > 0)) return;
        if (source === 'p2p') this.p2pBytes += bytes;
        else this.httpBytes += bytes;
    }
}
