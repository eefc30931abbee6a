package io.streamhub.bootstrap.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerLogAppenderTest {
    private final LoggerContext context = new LoggerContext();

    ServerLogAppenderTest() {
        context.setMDCAdapter(new LogbackMDCAdapter());
    }

    private LoggingEvent event(Level level, String message) {
        return new LoggingEvent("x", context.getLogger("io.streamhub.Test"), level, message, null, null);
    }

    @Test
    void keepsWarningsErrorsAndFlaggedEventsOnly() throws InterruptedException {
        ServerLogAppender appender = new ServerLogAppender();
        appender.setContext(context);
        appender.start();
        appender.doAppend(event(Level.INFO, "app alpha created"));
        appender.doAppend(event(Level.DEBUG, "event=debug_only"));
        appender.doAppend(event(Level.INFO, "event=node_stale node_id=n1"));
        appender.doAppend(event(Level.WARN, "slow"));
        appender.doAppend(event(Level.ERROR, "broken"));
        List<ServerLogAppender.Pending> out = new ArrayList<>();
        appender.drain(out, 100, 1, TimeUnit.MILLISECONDS);
        assertEquals(List.of("event=node_stale node_id=n1", "slow", "broken"), out.stream().map(ServerLogAppender.Pending::message).toList());
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlocking() {
        ServerLogAppender appender = new ServerLogAppender();
        appender.setContext(context);
        appender.setQueueSize(10);
        appender.start();
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            appender.doAppend(event(Level.WARN, "line " + i));
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(10, appender.pending());
        assertEquals(9_990, appender.dropped());
        assertTrue(millis < 5_000, "appending took " + millis + " ms");
    }
}
