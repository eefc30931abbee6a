package io.streamhub.adapter.web.client;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.streamhub.application.port.out.ControlPlaneClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The node agent's side of the cluster API: join and heartbeat with {@code X-Cluster-Token}, 5 s per call. */
public final class HttpControlPlaneClient implements ControlPlaneClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final URI master;
    private final String clusterToken;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public HttpControlPlaneClient(URI master, String clusterToken, JsonMapper json) {
        this.master = master;
        this.clusterToken = clusterToken;
        this.json = json;
    }

    @Override
    public String join(String name, String ip, Optional<String> region, Optional<String> url) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("ip", ip);
        region.ifPresent(r -> body.put("region", r));
        url.ifPresent(u -> body.put("url", u));
        HttpResponse<String> response = post("/api/v1/cluster/join", body);
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException("join refused: " + response.statusCode() + " " + response.body());
        }
        Map<String, Object> data = dataOf(response.body());
        return String.valueOf(data.get("nodeId"));
    }

    @Override
    public HeartbeatResult heartbeat(String nodeId, Map<String, Object> stats) {
        HttpResponse<String> response = post("/api/v1/cluster/heartbeat", Map.of("nodeId", nodeId, "stats", stats));
        if (response.statusCode() == 404) {
            return HeartbeatResult.UNKNOWN_NODE;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("heartbeat refused: " + response.statusCode() + " " + response.body());
        }
        return HeartbeatResult.OK;
    }

    private HttpResponse<String> post(String path, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(master.resolve(path)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").header("X-Cluster-Token", clusterToken)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + master + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Map<String, Object> dataOf(String body) {
        try {
            Map<String, Object> envelope = json.readValue(body, Argument.mapOf(String.class, Object.class));
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) envelope.get("data");
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable answer from " + master, e);
        }
    }
}
