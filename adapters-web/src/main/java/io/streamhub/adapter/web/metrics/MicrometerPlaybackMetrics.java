package io.streamhub.adapter.web.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.streamhub.application.port.out.PlaybackMetrics;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The players' byte counters as {@code streamhub_playback_bytes_total{app,source="p2p|http"}} and
 * {@code streamhub_p2p_offload_ratio{app}} (docs/distribution.md).
 */
@Singleton
public class MicrometerPlaybackMetrics implements PlaybackMetrics {
    private final MeterRegistry registry;
    /** The ratio of each app as the bits of a double, read by its gauge. */
    private final Map<String, AtomicLong> ratios = new ConcurrentHashMap<>();

    public MicrometerPlaybackMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void bytesDelivered(String app, long p2pBytes, long httpBytes) {
        if (p2pBytes > 0) {
            counter(app, "p2p").increment(p2pBytes);
        }
        if (httpBytes > 0) {
            counter(app, "http").increment(httpBytes);
        }
    }

    @Override
    public void offloadRatio(String app, double ratio) {
        ratios.computeIfAbsent(app, a -> {
            AtomicLong bits = new AtomicLong(Double.doubleToLongBits(0));
            Gauge.builder("streamhub.p2p.offload.ratio", bits, b -> Double.longBitsToDouble(b.get()))
                    .description("Share of the app's playback bytes received over P2P, over the viewers seen in the last 5 minutes")
                    .tags("app", a)
                    .register(registry);
            return bits;
        }).set(Double.doubleToLongBits(ratio));
    }

    private Counter counter(String app, String source) {
        return Counter.builder("streamhub.playback.bytes")
                .description("Playback bytes the app's players reported, by source (p2p from other viewers, http from the CDN or origin)")
                .tags("app", app, "source", source)
                .register(registry);
    }
}
