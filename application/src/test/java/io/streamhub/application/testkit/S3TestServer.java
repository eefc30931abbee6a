package io.streamhub.application.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real S3-compatible server (MinIO, built by {@code scripts/s3.sh install} into {@code .tools/bin})
 * started through {@code scripts/s3.sh start} on a free loopback port; one per test JVM unless a
 * test needs its own. A missing binary fails the test with the command that provides it.
 */
public final class S3TestServer implements AutoCloseable {
    public static final String ACCESS_KEY = "streamhub-test";
    public static final String SECRET_KEY = "streamhub-test-secret";

    private static S3TestServer shared;

    private final Path root;
    private final int port;
    private final Thread shutdownHook;

    private S3TestServer(Path root, int port) {
        this.root = root;
        this.port = port;
        this.shutdownHook = new Thread(this::stopAndForget, "s3-stop-" + port);
    }

    /** The JVM's server, started on first use and stopped when the JVM exits. */
    public static synchronized S3TestServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** A server of the caller's own (for tests that stop it). */
    public static S3TestServer start() {
        Path root = repoRoot();
        S3TestServer server = new S3TestServer(root, freePort());
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        server.resume();
        return server;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Starts the server again on the same port with the same data (after {@link #stop()}). */
    public void resume() {
        if (!script("start")) {
            throw new AssertionError("`scripts/s3.sh start` failed on port " + port + " (run `scripts/s3.sh install` once;"
                    + " log: " + root.resolve(".tools/run/s3-" + port + "/s3.log") + ")");
        }
    }

    /** Stops the server; its data stays for {@link #resume()}. */
    public void stop() {
        script("stop");
    }

    private void stopAndForget() {
        stop();
        Path run = root.resolve(".tools/run/s3-" + port);
        try (java.util.stream.Stream<Path> walk = Files.exists(run) ? Files.walk(run) : java.util.stream.Stream.empty()) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a test server's data
        }
    }

    @Override
    public void close() {
        stopAndForget();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running
        }
    }

    private boolean script(String command) {
        ProcessBuilder pb = new ProcessBuilder(root.resolve("scripts/s3.sh").toString(), command).redirectErrorStream(true);
        pb.environment().putAll(Map.of("S3_PORT", Integer.toString(port), "S3_ACCESS_KEY", ACCESS_KEY,
                "S3_SECRET_KEY", SECRET_KEY));
        try {
            Process process = pb.start();
            List<String> output = new ArrayList<>(process.inputReader().lines().toList());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            if (process.exitValue() != 0) {
                System.err.println("scripts/s3.sh " + command + ": " + String.join("\n", output));
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            throw new AssertionError("cannot run scripts/s3.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError("no free port", e);
        }
    }

    private static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("scripts/s3.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("scripts/s3.sh not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
