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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
    /** The counter and timer of each (method, route, status), built once: bounded by routes × statuses. */
    private final Map<Key, Meters> meters = new ConcurrentHashMap<>();

    private record Key(HttpMethod method, Object route, int status) {
    }

    private record Meters(Counter requests, Timer duration) {
    }

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
        Object route = RouteAttributes.getRouteInfo(request).filter(UriRouteInfo.class::isInstance).map(Object.class::cast)
                .orElse(UNMATCHED);
        Meters m = meters.computeIfAbsent(new Key(request.getMethod(), route, response.code()), this::register);
        m.requests().increment();
        m.duration().record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private Meters register(Key key) {
        String method = key.method() == HttpMethod.CUSTOM ? "OTHER" : key.method().name();
        String route = key.route() instanceof UriRouteInfo<?, ?> info ? info.getUriMatchTemplate().toString() : UNMATCHED;
        String status = Integer.toString(key.status());
        return new Meters(
                Counter.builder("streamhub.http.requests")
                        .description("HTTP requests by method, route template and status")
                        .tags("method", method, "route", route, "status", status)
                        .register(registry),
                Timer.builder("streamhub.http.request.duration")
                        .description("HTTP request latency by method, route template and status")
                        .tags("method", method, "route", route, "status", status)
                        .serviceLevelObjectives(MicrometerControlPlaneMetrics.BUCKETS)
                        .register(registry));
    }
}
