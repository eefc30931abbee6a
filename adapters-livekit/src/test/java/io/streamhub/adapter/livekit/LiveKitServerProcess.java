package io.streamhub.adapter.livekit;

import io.livekit.server.AccessToken;
import io.livekit.server.CanPublish;
import io.livekit.server.RoomJoin;
import io.livekit.server.RoomName;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real livekit-server (v1.13.5, built by {@code scripts/livekit.sh install} into
 * {@code .tools/bin}) started through {@code scripts/livekit.sh start} on free ports, and
 * publishers joined with the pinned {@code lk} CLI. A missing binary or media file fails the test
 * with the command that provides it; nothing is skipped.
 */
final class LiveKitServerProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path root;
    private final Path tools;
    private final int port;
    private final Map<String, String> env;
    private final List<Process> publishers = new ArrayList<>();
    private final Thread shutdownHook;

    private LiveKitServerProcess(Path root, Path tools, int port, Map<String, String> env) {
        this.root = root;
        this.tools = tools;
        this.port = port;
        this.env = env;
        this.shutdownHook = new Thread(this::stop, "livekit-stop-" + port);
    }

    /**
     * Starts a server whose webhooks go to {@code webhookUrl} (empty: none) and that uses Redis at
     * {@code redisAddress} (null: single node without Redis, the dev default).
     */
    static LiveKitServerProcess start(String webhookUrl, String redisAddress) {
        Path root = repoRoot();
        Path tools = toolsDir(root);
        Path binary = tools.resolve("bin/livekit-server");
        if (!Files.isExecutable(binary)) {
            throw new AssertionError("the real-LiveKit tests need " + binary + ": run `scripts/livekit.sh install` (once, ~2 min for "
                    + "livekit-server, ~6 min for lk) and run the tests again");
        }
        int port = freePortTriple();
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "LIVEKIT_PORT", Integer.toString(port),
                "LIVEKIT_API_KEY", LiveKitFixtures.API_KEY,
                "LIVEKIT_API_SECRET", LiveKitFixtures.API_SECRET,
                "LIVEKIT_WEBHOOK_URL", webhookUrl));
        if (redisAddress != null) {
            env.put("LIVEKIT_REDIS_ADDRESS", redisAddress);
        }
        LiveKitServerProcess server = new LiveKitServerProcess(root, tools, port, Map.copyOf(env));
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        if (server.script("start") == null) {
            server.close();
            throw new AssertionError("`scripts/livekit.sh start` failed on port " + port + ", see " + server.log());
        }
        return server;
    }

    /** The URL StreamHub is configured with (LiveKit's client URL). */
    String wsUrl() {
        return "ws://127.0.0.1:" + port;
    }

    String httpUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return tools.resolve("run/livekit-" + port + "/livekit.log");
    }

    /**
     * Runs the project's WebRTC client ({@code tools/lk-client}, libwebrtc) with a token for
     * {@code room}, publishing a microphone and a camera track; it lives until {@link #close()}.
     * (The {@code lk} CLI cannot publish here: pion gathers no candidate in the loopback-only
     * namespace the tests run in, ADR 005.)
     */
    void publish(String room, String identity) {
        Path client = root.resolve("tools/lk-client/client.mjs");
        if (!Files.isDirectory(root.resolve("tools/lk-client/node_modules"))) {
            throw new AssertionError("publishing into a real LiveKit needs tools/lk-client: run `scripts/lk-client.sh install`");
        }
        AccessToken token = new AccessToken(LiveKitFixtures.API_KEY, LiveKitFixtures.API_SECRET);
        token.setIdentity(identity);
        token.addGrants(new RoomJoin(true), new RoomName(room), new CanPublish(true));
        ProcessBuilder join = new ProcessBuilder("node", client.toString(), "--url", wsUrl(), "--token", token.toJwt(),
                "--audio", "--video")
                .redirectErrorStream(true)
                .redirectOutput(tools.resolve("run/livekit-" + port + "/lk-" + identity + ".log").toFile());
        try {
            synchronized (publishers) {
                publishers.add(join.start());
            }
        } catch (IOException e) {
            throw new AssertionError("could not run " + client, e);
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private void stop() {
        synchronized (publishers) {
            publishers.forEach(Process::destroy);
            for (Process p : publishers) {
                try {
                    if (!p.waitFor(3, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            publishers.clear();
        }
        if (script("stop") != null) {
            deleteRunDir();
        }
    }

    /** Runs {@code scripts/livekit.sh COMMAND} with this server's environment; its output, or null when it failed. */
    private String script(String command) {
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("scripts/livekit.sh").toString(), command)
                .directory(root.toFile())
                .redirectErrorStream(true);
        // the caller's LIVEKIT_* (e.g. a developer's LIVEKIT_RTC_UDP_PORT) must not leak into the test server
        builder.environment().keySet().removeIf(name -> name.startsWith("LIVEKIT_"));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                System.err.println("scripts/livekit.sh " + command + " timed out:\n" + output);
                return null;
            }
            if (process.exitValue() != 0) {
                System.err.println("scripts/livekit.sh " + command + " exited " + process.exitValue() + ":\n" + output);
                return null;
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("could not run scripts/livekit.sh " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void deleteRunDir() {
        Path runDir = tools.resolve("run/livekit-" + port);
        if (!Files.isDirectory(runDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(runDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // leftovers in a git-ignored directory are harmless
        }
    }

    /** The directory holding {@code scripts/livekit.sh}, found by walking up from the working directory. */
    static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scripts/livekit.sh"))) {
                return dir;
            }
        }
        throw new AssertionError("no scripts/livekit.sh above " + Path.of("").toAbsolutePath());
    }

    /** Where the script keeps its tools: {@code STREAMHUB_TOOLS_DIR} when set, else {@code <root>/.tools}. */
    private static Path toolsDir(Path root) {
        String override = System.getenv("STREAMHUB_TOOLS_DIR");
        return override == null || override.isBlank() ? root.resolve(".tools") : Path.of(override);
    }

    /** A port P with P (HTTP) and P+1 (RTC over TCP) free on TCP and P+2 (RTC mux) free on UDP, as the script derives them. */
    private static int freePortTriple() {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
                port = probe.getLocalPort();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            if (port + 2 > 65535) {
                continue;
            }
            try (ServerSocket http = new ServerSocket(port, 1, loopback);
                 ServerSocket tcp = new ServerSocket(port + 1, 1, loopback);
                 DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, port + 2))) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new AssertionError("found no three free consecutive ports for livekit-server");
    }
}
