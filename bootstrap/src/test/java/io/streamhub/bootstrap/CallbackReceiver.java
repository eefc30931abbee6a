package io.streamhub.bootstrap;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP receiver on loopback for callback tests: answers from a script (then 200), can hang
 * until released, can be stopped and started again on the same port, and verifies both signatures
 * the way a receiver would (StreamHub's hex HMAC of the body; Standard Webhooks' v1 over
 * {@code id.timestamp.body} with the {@code whsec_} key).
 */
final class CallbackReceiver implements AutoCloseable {
    record Received(Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final List<Received> received = new ArrayList<>();
    private final Deque<Integer> script = new ArrayDeque<>();
    private volatile CountDownLatch hang = new CountDownLatch(0);
    private HttpServer server;
    private int port;

    CallbackReceiver start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            synchronized (this) {
                received.add(new Received(headers, body));
                status = script.isEmpty() ? 200 : script.poll();
                notifyAll();
            }
            try {
                hang.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return this;
    }

    void stop() {
        server.stop(0);
    }

    @Override
    public void close() {
        hang.countDown();
        stop();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    synchronized CallbackReceiver answer(int... statuses) {
        for (int s : statuses) {
            script.add(s);
        }
        return this;
    }

    void hang() {
        hang = new CountDownLatch(1);
    }

    void release() {
        hang.countDown();
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    synchronized List<Received> awaitCount(int n, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (received.size() < n) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("expected " + n + " requests, got " + received.size() + ": " + received);
            }
            wait(left);
        }
        return List.copyOf(received);
    }

    /** True when both signatures of {@code r} check out with {@code secret}. */
    static boolean verifies(Received r, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String hex = "sha256=" + HexFormat.of().formatHex(mac.doFinal(r.body().getBytes(StandardCharsets.UTF_8)));
            byte[] key = secret.startsWith("whsec_") ? Base64.getDecoder().decode(secret.substring(6)) : secret.getBytes(StandardCharsets.UTF_8);
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String signed = r.header("webhook-id") + "." + r.header("webhook-timestamp") + "." + r.body();
            String v1 = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
            long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(r.header("webhook-timestamp")));
            return MessageDigest.isEqual(hex.getBytes(StandardCharsets.UTF_8), r.header("x-streamhub-signature").getBytes(StandardCharsets.UTF_8))
                    && MessageDigest.isEqual(v1.getBytes(StandardCharsets.UTF_8), r.header("webhook-signature").getBytes(StandardCharsets.UTF_8))
                    && age <= 300;
        } catch (GeneralSecurityException | NullPointerException | IllegalArgumentException e) {
            return false;
        }
    }
}
