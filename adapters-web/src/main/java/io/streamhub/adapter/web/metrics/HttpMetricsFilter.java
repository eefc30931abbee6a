package io.streamhub.adapter.web.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts and times every request by method, route <em>template</em> ({@code /api/v1/apps/{app}}, or
 * {@code unmatched} when no route took it) and status. Raw paths are never used as labels, so
 * unknown URLs cannot inflate the number of series. Runs before the security filter, so refused
 * requests are counted too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class HttpMetricsFilter implements Ordered {
    static final String UNMATCHED = "unmatched";
    private static final String STARTED = HttpMetricsFilter.class.getName() + ".started";

    private final MeterRegistry registry;
    private final AtomicInteger inFlight = new AtomicInteger();

    public HttpMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("streamhub.http.requests.in.flight", inFlight);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.METRICS.order();
    }

    @RequestFilter
    public void started(HttpRequest<?> request) {
        inFlight.incrementAndGet();
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    public void finished(HttpRequest<?> request, HttpResponse<?> response) {
        Long started = request.getAttribute(STARTED, Long.class).orElse(null);
        if (started == null) {
            return; // the request filter did not run for it, so it was never counted in flight
        }
        inFlight.decrementAndGet();
        String method = request.getMethod() == HttpMethod.CUSTOM ? "OTHER" : request.getMethod().name();
        String route = RouteAttributes.getRouteInfo(request)
                .filter(UriRouteInfo.class::isInstance)
                .map(info -> ((UriRouteInfo<?, ?>) info).getUriMatchTemplate().toString())
                .orElse(UNMATCHED);
        String status = Integer.toString(response.code());
        Counter.builder("streamhub.http.requests")
                .description("HTTP requests by method, route template and status")
                .tags("method", method, "route", route, "status", status)
                .register(registry)
                .increment();
        Timer.builder("streamhub.http.request.duration")
                .description("HTTP request latency by method, route template and status")
                .tags("method", method, "route", route, "status", status)
                .serviceLevelObjectives(MicrometerControlPlaneMetrics.BUCKETS)
                .register(registry)
                .record(Duration.ofNanos(System.nanoTime() - started));
    }
}
