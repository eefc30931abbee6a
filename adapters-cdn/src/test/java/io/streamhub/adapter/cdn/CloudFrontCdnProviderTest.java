package io.streamhub.adapter.cdn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.adapter.cdn.fake.FakeProviderApi.Recorded;
import io.streamhub.adapter.cdn.fake.FakeProviderApi.Response;
import io.streamhub.adapter.cdn.fake.CloudFrontSignatureCheck;
import io.streamhub.adapter.cdn.fake.ProviderAnswers;
import io.streamhub.adapter.cdn.fake.SigV4Check;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.application.port.out.CdnProvider.CdnFailure;
import io.streamhub.application.port.out.CdnProvider.CdnSettings;
import io.streamhub.domain.distribution.CdnProviderKind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CloudFrontCdnProviderTest extends CdnProviderContract {
    private static final String DISTRIBUTION = "EDFDVBD6EXAMPLE";
    private static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String KEY_PAIR_ID = "K2JCJMDEHXQW5F";
    private static final String PEM = pkcs8Pem(generate());
    private static final String OTHER_PEM = pkcs8Pem(generate());
    private static final String XMLNS = ProviderAnswers.CLOUDFRONT_XMLNS;

    @Override
    CdnProviderKind kind() {
        return CdnProviderKind.CLOUDFRONT;
    }

    @Override
    CdnProvider provider(String apiUrl) {
        return new CloudFrontCdnProvider(apiUrl);
    }

    @Override
    Map<String, String> credentials() {
        return Map.of("distribution_id", DISTRIBUTION, "access_key_id", ACCESS_KEY, "secret_access_key", SECRET_KEY,
                "key_pair_id", KEY_PAIR_ID, "private_key", PEM);
    }

    @Override
    Map<String, String> otherCredentials() {
        Map<String, String> other = new HashMap<>(credentials());
        other.put("private_key", OTHER_PEM);
        return other;
    }

    @Override
    Response purgeAccepted(Recorded request) {
        return ProviderAnswers.cloudFrontInvalidationCreated();
    }

    @Override
    Response purgeRefused(int status, Recorded request) {
        return new Response(status, "text/xml", "<?xml version=\"1.0\"?><ErrorResponse xmlns=\"" + XMLNS + "\"><Error><Type>Sender</Type>"
                + "<Code>AccessDenied</Code><Message>echo " + request.headers().toString().replace("<", "") + "</Message></Error>"
                + "<RequestId>b2c1d3e4</RequestId></ErrorResponse>");
    }

    /**
     * CloudFront API "CreateInvalidation": POST /2020-05-31/distribution/{Id}/invalidation, SigV4 for the
     * cloudfront service in us-east-1, body InvalidationBatch{Paths{Quantity, Items/Path...}, CallerReference}.
     */
    @Override
    void assertPurgeRequests(List<Recorded> requests, List<URI> cdnUrls) {
        assertEquals(1, requests.size(), requests.toString());
        Recorded request = requests.get(0);
        assertEquals("POST", request.method());
        assertEquals("/2020-05-31/distribution/" + DISTRIBUTION + "/invalidation", request.rawPath());
        String authorization = request.header("Authorization");
        assertTrue(authorization.startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/"), authorization);
        assertTrue(authorization.contains("/us-east-1/cloudfront/aws4_request"), authorization);
        assertTrue(SigV4Check.valid(request, ACCESS_KEY, SECRET_KEY, "us-east-1", "cloudfront"), "bad SigV4: " + request.headers());
        assertFalse(SigV4Check.valid(request, ACCESS_KEY, SECRET_KEY.replace('K', 'k'), "us-east-1", "cloudfront"), "SigV4 check accepts any key");
        Element batch = xml(request.body()).getDocumentElement();
        assertEquals("InvalidationBatch", batch.getLocalName());
        assertEquals(XMLNS, batch.getNamespaceURI());
        assertEquals(String.valueOf(cdnUrls.size()), text(batch, "Quantity").get(0));
        assertEquals(cdnUrls.stream().map(URI::getRawPath).toList(), text(batch, "Path"));
        assertTrue(text(batch, "CallerReference").get(0).startsWith("streamhub-"), request.body());
    }

    /** CloudFront's check, written from its developer guide (shared with bootstrap's tests through the test-jar). */
    @Override
    boolean cdnAccepts(URI url, Map<String, String> credentials, Instant now) {
        return acceptsWith(url, CloudFrontSignatureCheck.publicKeyOf(credentials.get("private_key")), now);
    }

    private static boolean acceptsWith(URI url, PublicKey publicKey, Instant now) {
        return CloudFrontSignatureCheck.accepts(url, publicKey, KEY_PAIR_ID, now);
    }

    /** A player carries the playlist's signing query over to the files it lists (hls.js xhrSetup, see docs/cdn.md). */
    @Override
    URI listedFile(URI signedPlaylist, String name) {
        URI bare = URI.create(signedPlaylist.getScheme() + "://" + signedPlaylist.getRawAuthority() + signedPlaylist.getRawPath());
        return URI.create(bare.resolve(name) + "?" + signedPlaylist.getRawQuery());
    }

    @Test
    void aFileIsSignedWithACannedPolicyAndAPlaylistWithItsDirectory() {
        URI file = provider.playbackUrl(settings(true), VOD_FILE, true, EXPIRES);
        assertTrue(file.getRawQuery().startsWith("Expires=" + EXPIRES.getEpochSecond() + "&Signature="), file.toString());
        URI playlist = provider.playbackUrl(settings(true), PLAYLIST, false, EXPIRES);
        String policy = new String(CloudFrontSignatureCheck.base64(playlist.getRawQuery().replaceAll("^Policy=([^&]+)&.*$", "$1")), StandardCharsets.UTF_8);
        assertTrue(policy.contains("\"Resource\":\"https://cdn.example.com/live/hls/app1/room1/*\""), policy);
    }

    @Test
    void acceptsTheTraditionalRsaPrivateKeyPemThatOpensslWrites() throws Exception {
        String pkcs1;
        try (InputStream in = getClass().getResourceAsStream("/cloudfront-test-key-pkcs1.pem")) {
            pkcs1 = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        assertTrue(pkcs1.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        Map<String, String> credentials = new HashMap<>(credentials());
        credentials.put("private_key", pkcs1);
        URI signed = provider.playbackUrl(new CdnSettings(kind(), BASE, null, true, credentials), SEGMENT, false, EXPIRES);
        // the public half, written by `openssl rsa -pubout` when the fixture was made
        String publicPem;
        try (InputStream in = getClass().getResourceAsStream("/cloudfront-test-key-public.pem")) {
            publicPem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(
                new X509EncodedKeySpec(Base64.getMimeDecoder().decode(publicPem.replaceAll("-----[A-Z ]+-----", ""))));
        assertTrue(acceptsWith(signed, publicKey, NOW), signed.toString());
        assertFalse(acceptsWith(provider.playbackUrl(settings(true), SEGMENT, false, EXPIRES), publicKey, NOW), "another key accepted");
    }

    @Test
    void aPrivateKeyThatIsNotPemIsAFailureThatDoesNotQuoteIt() {
        Map<String, String> credentials = new HashMap<>(credentials());
        credentials.put("private_key", "-----BEGIN PRIVATE KEY-----\nbm90LWEta2V5LWF0LWFsbA==\n-----END PRIVATE KEY-----");
        CdnFailure failure = assertThrows(CdnFailure.class,
                () -> provider.playbackUrl(new CdnSettings(kind(), BASE, null, true, credentials), SEGMENT, false, EXPIRES));
        assertEquals("distribution.cdn.private_key is not a readable RSA private key", failure.getMessage());
    }

    @Test
    void aDistributionIdThatIsNotAnIdIsRefusedBeforeAnyCall() {
        Map<String, String> credentials = new HashMap<>(credentials());
        credentials.put("distribution_id", "E1/../../x");
        assertThrows(CdnFailure.class, () -> provider.purge(new CdnSettings(kind(), BASE, null, false, credentials), List.of(PLAYLIST)));
        assertEquals(List.of(), api.requests());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pkcs8Pem(KeyPair pair) {
        return pkcs8Pem(pair.getPrivate());
    }

    private static String pkcs8Pem(java.security.PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static Document xml(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + body, e);
        }
    }

    private static List<String> text(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS(XMLNS, name);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
