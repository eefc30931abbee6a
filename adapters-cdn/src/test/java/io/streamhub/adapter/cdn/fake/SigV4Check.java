package io.streamhub.adapter.cdn.fake;

import io.streamhub.adapter.cdn.fake.FakeProviderApi.Recorded;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 recomputed from AWS's documentation ("Create a signed AWS API request"),
 * for a request without query string: what CloudFront does with the Authorization header.
 */
public final class SigV4Check {
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

    private SigV4Check() {
    }

    /** Whether {@code request} carries a valid signature by {@code secretKey} for {@code region}/{@code service}. */
    public static boolean valid(Recorded request, String accessKey, String secretKey, String region, String service) {
        Matcher auth = AUTHORIZATION.matcher(String.valueOf(request.header("Authorization")));
        if (!auth.matches() || !auth.group(1).equals(accessKey) || !auth.group(3).equals(region) || !auth.group(4).equals(service)) {
            return false;
        }
        String amzDate = request.header("X-Amz-Date");
        if (amzDate == null || !amzDate.startsWith(auth.group(2))) {
            return false;
        }
        String signedHeaders = auth.group(5);
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signedHeaders.split(";")) {
            String value = request.header(name);
            if (value == null) {
                return false;
            }
            canonicalHeaders.append(name.toLowerCase(Locale.ROOT)).append(':').append(value.strip().replaceAll(" +", " ")).append('\n');
        }
        String payloadHash = hex(sha256(request.body().getBytes(StandardCharsets.UTF_8)));
        String canonicalRequest = request.method() + "\n" + request.rawPath() + "\n" + (request.rawQuery() == null ? "" : request.rawQuery())
                + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + payloadHash;
        String scope = auth.group(2) + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), auth.group(2));
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        return hex(hmac(key, stringToSign)).equals(auth.group(6));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
