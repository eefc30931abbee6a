package io.streamhub.adapter.livekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.DomainException;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.error.UpstreamException;
import io.streamhub.domain.room.RoomSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** How transport failures, timeouts and error answers reach the application. */
class LiveKitMediaServerGatewayFailureTest {
    private static final LiveKitTimeouts SHORT =
            new LiveKitTimeouts(Duration.ofMillis(500), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(1));

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void closedPortIsUnavailableRightAway() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        LiveKitMediaServerGateway gateway = gateway("ws://127.0.0.1:" + port, LiveKitTimeouts.DEFAULT);

        UnavailableException e = within(Duration.ofSeconds(3), UnavailableException.class, () -> gateway.listRooms(List.of()));

        assertEquals("livekit_unavailable", e.code());
        assertTrue(e.getMessage().startsWith("LiveKit at ws://127.0.0.1:" + port + " is unreachable (ListRooms)"), e.getMessage());
    }

    @Test
    void silentServerIsUnavailableAfterTheReadTimeout() throws IOException {
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        open.add(silent);
        List<Socket> accepted = new ArrayList<>();
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(silent.accept()); // read nothing, answer nothing
                }
            } catch (IOException closed) {
                accepted.forEach(s -> {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                });
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        LiveKitMediaServerGateway gateway = gateway("http://127.0.0.1:" + silent.getLocalPort(), SHORT);

        UnavailableException e = within(Duration.ofSeconds(2), UnavailableException.class, () -> gateway.createRoom(new RoomSpec("r", 0, 0, null, Optional.empty())));

        assertTrue(e.getMessage().contains("did not answer CreateRoom"), e.getMessage());
    }

    @Test
    void defaultTimeoutsKeepARequestThreadAtMostFiveSeconds() {
        assertEquals(new LiveKitTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5)),
                LiveKitTimeouts.DEFAULT);
    }

    @Test
    void unconfiguredLiveKitIsUnavailable() {
        for (LiveKitMediaServerGateway gateway : List.of(
                new LiveKitMediaServerGateway("", LiveKitFixtures.API_KEY, LiveKitFixtures.API_SECRET),
                new LiveKitMediaServerGateway("ws://127.0.0.1:7880", "", LiveKitFixtures.API_SECRET),
                new LiveKitMediaServerGateway("ws://127.0.0.1:7880", LiveKitFixtures.API_KEY, " "))) {
            UnavailableException e = assertThrows(UnavailableException.class, () -> gateway.listRooms(List.of()));
            assertEquals("livekit_unavailable", e.code());
            assertTrue(e.getMessage().startsWith("LiveKit is not configured"), e.getMessage());
        }
    }

    @Test
    void urlWithoutAnHttpOrWsSchemeIsUnavailable() {
        UnavailableException e = assertThrows(UnavailableException.class,
                () -> gateway("livekit.example.com:7880", LiveKitTimeouts.DEFAULT).listRooms(List.of()));

        assertTrue(e.getMessage().contains("must start with ws://, wss://, http:// or https://"), e.getMessage());
    }

    @Test
    void clientUrlsMapToTheTwirpApiOfTheSameHost() {
        assertEquals("http://livekit:7880", LiveKitMediaServerGateway.apiUrl("ws://livekit:7880"));
        assertEquals("https://lk.example.com", LiveKitMediaServerGateway.apiUrl("wss://lk.example.com"));
        assertEquals("https://lk.example.com", LiveKitMediaServerGateway.apiUrl("https://lk.example.com"));
    }

    @Test
    void internalErrorIsAnUpstreamErrorWithTwirpCodeAndMessage() {
        MockLiveKitServer server = mock();
        server.failWith(500, "internal", "boom");

        UpstreamException e = assertThrows(UpstreamException.class, () -> gateway(server).listRooms(List.of()));

        assertEquals("livekit_error", e.code());
        assertEquals("LiveKit ListRooms: internal boom", e.getMessage());
    }

    @Test
    void notFoundWhereTheMethodCannotBeEmptyIsAnUpstreamError() {
        MockLiveKitServer server = mock();
        server.failWith(404, "not_found", "gone");

        assertEquals("LiveKit CreateRoom: not_found gone",
                assertThrows(UpstreamException.class, () -> gateway(server).createRoom(new RoomSpec("r", 0, 0, null, Optional.empty()))).getMessage());
        assertEquals(List.of(), gateway(server).listParticipants("r"));
        assertEquals(false, gateway(server).deleteIngress("IN_x"));
    }

    @Test
    void liveKitsOwnUnavailableAnswerIsUnavailable() {
        MockLiveKitServer server = mock();
        server.failWith(503, "unavailable", "twirp error unknown: no response from servers");

        UnavailableException e = assertThrows(UnavailableException.class, () -> gateway(server).listIngress(Optional.empty()));

        assertEquals("LiveKit ListIngress: unavailable twirp error unknown: no response from servers", e.getMessage());
    }

    @Test
    void proxyErrorPageIsUnavailableAndOtherNonTwirpAnswersAreUpstreamErrors() {
        MockLiveKitServer server = mock();
        server.answerRaw(502, "text/html", "<html><body>Bad Gateway</body></html>");
        UnavailableException badGateway = assertThrows(UnavailableException.class, () -> gateway(server).listRooms(List.of()));
        server.answerRaw(418, "text/plain", "teapot");
        UpstreamException teapot = assertThrows(UpstreamException.class, () -> gateway(server).listRooms(List.of()));

        assertEquals("LiveKit ListRooms: http_502 <html><body>Bad Gateway</body></html>", badGateway.getMessage());
        assertEquals("LiveKit ListRooms: http_418 teapot", teapot.getMessage());
    }

    @Test
    void unreadableSuccessIsAnUpstreamError() {
        MockLiveKitServer server = mock();
        server.answerRaw(200, "application/protobuf", "\u00ff\u00ff\u00ff not protobuf");

        UpstreamException e = assertThrows(UpstreamException.class, () -> gateway(server).createRoom(new RoomSpec("r", 0, 0, null, Optional.empty())));

        assertTrue(e.getMessage().startsWith("LiveKit CreateRoom: unreadable answer"), e.getMessage());
    }

    @Test
    void wrongSecretIsRefusedByLiveKit() {
        MockLiveKitServer server = mock();
        LiveKitMediaServerGateway gateway = new LiveKitMediaServerGateway(server.url(), LiveKitFixtures.API_KEY,
                "another_secret_another_secret_another");

        UpstreamException e = assertThrows(UpstreamException.class, () -> gateway.listRooms(List.of()));

        assertEquals("LiveKit ListRooms: unauthenticated invalid token signature", e.getMessage());
    }

    private MockLiveKitServer mock() {
        MockLiveKitServer server = MockLiveKitServer.start();
        open.add(server);
        return server;
    }

    private static LiveKitMediaServerGateway gateway(MockLiveKitServer server) {
        return gateway(server.url(), SHORT);
    }

    private static LiveKitMediaServerGateway gateway(String url, LiveKitTimeouts timeouts) {
        return new LiveKitMediaServerGateway(url, LiveKitFixtures.API_KEY, LiveKitFixtures.API_SECRET, timeouts);
    }

    private static <T extends DomainException> T within(Duration limit, Class<T> type, Executable call) {
        long start = System.nanoTime();
        T failure = assertThrows(type, call);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(limit) < 0, "took " + took + ", limit " + limit);
        return failure;
    }
}
