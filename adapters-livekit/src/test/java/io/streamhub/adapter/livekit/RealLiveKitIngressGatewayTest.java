package io.streamhub.adapter.livekit;

import static io.streamhub.adapter.livekit.LiveKitFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.ingress.IngressSpec;
import io.streamhub.domain.ingress.InputType;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ingress contract against a real livekit-server v1.13.5 backed by Redis and no ingress
 * worker: livekit-server then creates, lists and deletes RTMP/WHIP ingress itself. Needs
 * {@code redis-server} on the PATH (scripts/test.sh installs the Debian package); without it the
 * class fails and says so.
 */
class RealLiveKitIngressGatewayTest extends IngressGatewayContract {
    private static Process redis;
    private static LiveKitServerProcess server;
    private static LiveKitMediaServerGateway gateway;

    @BeforeAll
    static void startRedisAndLiveKit() throws IOException, InterruptedException {
        Path redisServer = onPath("redis-server");
        Assertions.assertNotNull(redisServer,
                "redis-server is not on the PATH: the real-LiveKit ingress contract needs it (scripts/test.sh installs it)");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        redis = new ProcessBuilder(redisServer.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        awaitPort(port, Duration.ofSeconds(10));
        server = LiveKitServerProcess.start("", "127.0.0.1:" + port);
        gateway = new LiveKitMediaServerGateway(server.wsUrl(), LiveKitFixtures.API_KEY, LiveKitFixtures.API_SECRET);
    }

    @AfterAll
    static void stopLiveKitAndRedis() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        if (redis != null) {
            redis.destroy();
            if (!redis.waitFor(5, TimeUnit.SECONDS)) {
                redis.destroyForcibly();
            }
        }
    }

    @Override
    protected MediaServerGateway gateway() {
        return gateway;
    }

    /**
     * A URL (pull) ingress needs a running ingress worker: livekit-server v1.13.5 waits 3 s for
     * one, then answers 503 {@code unavailable} "no response from servers".
     */
    @Test
    void urlIngressWithoutAWorkerIsUnavailableAfterLiveKitsOwnTimeout() {
        IngressSpec spec = new IngressSpec(InputType.URL, "pull", unique("room"), unique("enc"), null,
                "https://cdn.example/live.m3u8", true);
        long start = System.nanoTime();

        UnavailableException e = assertThrows(UnavailableException.class, () -> gateway.createIngress(spec));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals("LiveKit CreateIngress: unavailable twirp error unknown: no response from servers", e.getMessage());
        assertTrue(took.compareTo(Duration.ofMillis(4_500)) < 0, "took " + took);
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static void awaitPort(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("redis-server did not listen on " + port + " within " + timeout);
    }
}
