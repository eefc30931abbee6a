package io.streamhub.adapter.web.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.streamhub.adapter.web.security.Public;
import io.streamhub.application.port.in.OperationsUseCases;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Prometheus scrape endpoint at the root ({@code /metrics}, not under {@code /api}). Hidden (404, as
 * any unknown path) while {@code METRICS_TOKEN} is unset; otherwise the token is required as
 * {@code Authorization: Bearer …} or {@code ?token=…} and compared in constant time. Public to the
 * route gate because it authenticates with its own token, as the LiveKit webhook does.
 */
@Controller
@Hidden
public class MetricsController {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry prometheus;
    private final MicrometerControlPlaneMetrics metrics;
    private final OperationsUseCases.ReadGaugesUseCase gauges;
    private final Optional<byte[]> expectedDigest;

    public MetricsController(PrometheusMeterRegistry prometheus, MicrometerControlPlaneMetrics metrics,
                             OperationsUseCases.ReadGaugesUseCase gauges,
                             @Value("${streamhub.metrics-token:}") String token) {
        this.prometheus = prometheus;
        this.metrics = metrics;
        this.gauges = gauges;
        this.expectedDigest = token == null || token.isBlank() ? Optional.empty() : Optional.of(digest(token));
    }

    @Public
    @Get(uri = "/metrics", produces = CONTENT_TYPE)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> scrape(@Nullable @Header("Authorization") String authorization,
                                       @Nullable @QueryValue("token") String token) {
        byte[] expected = expectedDigest.orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "Page Not Found"));
        String presented = bearer(authorization).orElse(token);
        if (presented == null || !MessageDigest.isEqual(expected, digest(presented))) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "a valid metrics token is required");
        }
        String body;
        synchronized (this) {
            metrics.refresh(gauges.gauges());
            body = prometheus.scrape();
        }
        return HttpResponse.ok(body)
                .contentType(MediaType.of(CONTENT_TYPE))
                .header("Cache-Control", "no-cache, no-store, must-revalidate");
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).trim());
    }

    /** Digests have one length whatever was presented, so the comparison leaks neither content nor length. */
    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
