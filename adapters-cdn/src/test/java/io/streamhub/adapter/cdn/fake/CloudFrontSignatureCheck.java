package io.streamhub.adapter.cdn.fake;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CloudFront's signed-URL check, written from its developer guide (never the adapter's code):
 * Key-Pair-Id names the trusted public key; the signature is RSA-SHA1 over the policy (the canned one
 * rebuilt from the URL and Expires, or the Policy parameter), CloudFront-base64 ({@code + = /} →
 * {@code - _ ~}); the request URL must match the policy's Resource ({@code *} wildcard) and the time
 * must be before DateLessThan.
 */
public final class CloudFrontSignatureCheck {
    private CloudFrontSignatureCheck() {
    }

    /** Whether CloudFront, trusting {@code publicKey} as {@code keyPairId}, lets {@code url} through at {@code now}. */
    public static boolean accepts(URI url, PublicKey publicKey, String keyPairId, Instant now) {
        Map<String, String> query = new HashMap<>();
        for (String pair : url.getRawQuery() == null ? new String[0] : url.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        if (!keyPairId.equals(query.get("Key-Pair-Id")) || query.get("Signature") == null) {
            return false;
        }
        String resource = url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath();
        String policy = query.containsKey("Policy")
                ? new String(base64(query.get("Policy")), StandardCharsets.UTF_8)
                : "{\"Statement\":[{\"Resource\":\"" + resource + "\",\"Condition\":{\"DateLessThan\":{\"AWS:EpochTime\":"
                        + query.get("Expires") + "}}}]}";
        try {
            Signature rsa = Signature.getInstance("SHA1withRSA");
            rsa.initVerify(publicKey);
            rsa.update(policy.getBytes(StandardCharsets.UTF_8));
            if (!rsa.verify(base64(query.get("Signature")))) {
                return false;
            }
        } catch (Exception e) {
            return false;
        }
        Matcher allowed = Pattern.compile("\"Resource\"\\s*:\\s*\"([^\"]+)\"").matcher(policy);
        Matcher until = Pattern.compile("\"AWS:EpochTime\"\\s*:\\s*(\\d+)").matcher(policy);
        if (!allowed.find() || !until.find()) {
            return false;
        }
        String pattern = ("\\Q" + allowed.group(1) + "\\E").replace("*", "\\E.*\\Q");
        return resource.matches(pattern) && now.getEpochSecond() < Long.parseLong(until.group(1));
    }

    /** The policy a signed URL carries ({@code Policy=}), decoded; empty for a canned policy. */
    public static String policyOf(URI url) {
        Matcher m = Pattern.compile("(?:^|&)Policy=([^&]+)").matcher(String.valueOf(url.getRawQuery()));
        return m.find() ? new String(base64(m.group(1)), StandardCharsets.UTF_8) : "";
    }

    /** CloudFront's URL-safe base64 ({@code - _ ~} for {@code + = /}), decoded. */
    public static byte[] base64(String value) {
        return Base64.getDecoder().decode(value.replace('-', '+').replace('_', '=').replace('~', '/'));
    }

    /** The public half of a PKCS#8 PEM RSA private key. */
    public static PublicKey publicKeyOf(String pkcs8Pem) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(pkcs8Pem.replaceAll("-----[A-Z ]+-----", ""));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
            return rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a PKCS#8 RSA private key", e);
        }
    }
}
