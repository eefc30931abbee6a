package io.streamhub.adapter.cdn;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Bunny "token authentication" (the SHA-256 version, V2) as Bunny documents it in "How to sign URLs
 * for bunny.net Token Authentication": {@code token = base64url(SHA256(key + signaturePath + expires
 * + parameterData))} without padding, where {@code parameterData} is the extra signed query parameters
 * sorted by name and joined as {@code name=value&...} (unencoded). We sign with no user IP and no
 * country list; {@code token_path} is the only extra parameter.
 * <ul>
 *   <li>a file: {@code <url>?token=T&expires=E}, signature path = the URL's path;</li>
 *   <li>a directory (HLS: the playlist and every segment next to it): signature path = {@code token_path}
 *       = the directory, embedded in the path so relative segment URIs inherit it:
 *       {@code https://host/bcdn_token=T&token_path=<enc dir>&expires=E/<path>}.</li>
 * </ul>
 */
final class BunnyTokenSigner {
    private BunnyTokenSigner() {
    }

    static URI signFile(URI url, String securityKey, long expires) {
        String token = token(securityKey, url.getRawPath(), expires, "");
        return URI.create(url + "?token=" + token + "&expires=" + expires);
    }

    static URI signDirectory(URI url, String securityKey, long expires) {
        String directory = CdnUrls.directory(url.getRawPath());
        String token = token(securityKey, directory, expires, "token_path=" + directory);
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/bcdn_token=" + token
                + "&token_path=" + CdnUrls.encode(directory) + "&expires=" + expires + url.getRawPath());
    }

    static String token(String securityKey, String signaturePath, long expires, String parameterData) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((securityKey + signaturePath + expires + parameterData).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
