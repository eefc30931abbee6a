package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** tools/lk-client as a child process: a real WebRTC participant whose JSON event lines are queued for the test. */
final class LkClient implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.createDefault();

    final Process process;
    private final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();

    private LkClient(Process process) {
        this.process = process;
    }

    /** Joins through {@code url} with {@code token}; flags as the client takes them ({@code --audio --video --subscribe}). */
    static LkClient join(Path repoRoot, String url, String token, String... flags) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", repoRoot.resolve("tools/lk-client/client.mjs").toString(),
                "--url", url, "--token", token));
        command.addAll(List.of(flags));
        LkClient client = new LkClient(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        Thread reader = new Thread(client::read, "lk-client-events");
        reader.setDaemon(true);
        reader.start();
        return client;
    }

    @SuppressWarnings("unchecked")
    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("{")) {
                    events.add(JSON.readValue(line, Map.class));
                }
            }
        } catch (Exception ended) {
            // the client is gone; the test sees the missing events
        }
    }

    /** Waits up to 40 s for {@code count} events named {@code event}; an {@code error} event fails at once. */
    List<Map<String, Object>> await(String event, int count) throws InterruptedException {
        List<Map<String, Object>> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (seen.size() < count && System.nanoTime() < deadline) {
            Map<String, Object> e = events.poll(1, TimeUnit.SECONDS);
            if (e != null && "error".equals(e.get("event"))) {
                throw new AssertionError("client error: " + e);
            }
            if (e != null && event.equals(e.get("event"))) {
                seen.add(e);
            }
        }
        assertEquals(count, seen.size(), "client events " + event);
        return seen;
    }

    Map<String, Object> await(String event) throws InterruptedException {
        return await(event, 1).get(0);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
