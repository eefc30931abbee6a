package io.streamhub.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The application clock, moved forward by a test; only in contexts that set {@code streamhub.test.settable-clock}. */
final class SettableClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    void advance(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Factory
    @Requires(property = "streamhub.test.settable-clock", value = "true")
    static class Wiring {
        @Singleton
        @Replaces(bean = Clock.class, factory = UseCaseFactory.class)
        SettableClock settableClock() {
            return new SettableClock();
        }
    }
}
