package io.streamhub.bootstrap;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged jar as a child process on loopback, with a small HTTP client for it. */
final class CoreProcess implements AutoCloseable {
    static final Path JAR = Path.of(System.getProperty("streamhub.jar", "target/streamhub.jar"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final Path log;
    final Process process;

    private CoreProcess(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar with exactly these settings (inherited STREAMHUB_* variables are dropped). */
    static CoreProcess start(Map<String, String> env, Path dataDir) throws IOException {
        int port = env.containsKey("PORT") ? Integer.parseInt(env.get("PORT")) : freePort();
        // kept under target/core-logs (not in the temporary DATA_DIR) so that the suite's secret check reads it too
        Path log = Files.createDirectories(Path.of("target", "core-logs")).resolve(dataDir.getFileName() + "-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        builder.environment().keySet().removeIf(k -> k.startsWith("STREAMHUB_") || k.startsWith("LIVEKIT_") || k.equals("NODE_ENV"));
        builder.environment().putAll(env);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("DATA_DIR", dataDir.toString());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new CoreProcess(port, log, builder.start());
    }

    HttpResponse<String> awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("core exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                return get("/api/v1/health", null);
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("core did not answer within 90 s");
    }

    HttpResponse<String> get(String path, String bearer) throws Exception {
        return send("GET", path, bearer, null);
    }

    HttpResponse<String> post(String path, String bearer, String json) throws Exception {
        return send("POST", path, bearer, json);
    }

    HttpResponse<String> send(String method, String path, String bearer, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Removes a directory tree a test made (a LiveKit run directory, say). */
    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
