package io.streamhub.adapter.livekit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Receives the webhooks a real livekit-server POSTs and keeps them as they arrived. */
final class WebhookSink implements AutoCloseable {
    /** One delivery: the raw body and {@code Authorization} header. */
    record Delivery(String contentType, String authorization, String body) {
    }

    private final HttpServer http;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    private WebhookSink() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/webhooks", exchange -> {
            try (exchange) {
                deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        http.start();
    }

    static WebhookSink start() {
        try {
            return new WebhookSink();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/webhooks";
    }

    /** The first delivery matching {@code wanted}, waiting up to {@code timeout} for it. */
    Optional<Delivery> await(Predicate<Delivery> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            Optional<Delivery> found = deliveries.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
