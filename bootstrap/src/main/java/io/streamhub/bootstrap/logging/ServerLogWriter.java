package io.streamhub.bootstrap.logging;

import ch.qos.logback.classic.Level;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import io.streamhub.application.port.in.ServerLogUseCases.PruneServerLogsUseCase;
import io.streamhub.application.port.in.ServerLogUseCases.RecordServerLogsUseCase;
import io.streamhub.domain.log.LogLevel;
import io.streamhub.domain.log.ServerLogEntry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that moves lines from {@link ServerLogAppender}'s queue into {@code server_logs}, in batches
 * of up to 200, masked on the way. Started with the server; in a JVM with several application contexts (tests)
 * the newest one takes over the queue. Also prunes by retention (hourly, first pass a minute after start) and
 * reports lines dropped on a full queue as {@code event=server_logs_dropped}.
 */
@Singleton
public class ServerLogWriter implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(ServerLogWriter.class);
    private static final int BATCH = 200;
    private static final Pattern APP = Pattern.compile("(?:\\bapp[=:]\\s?\"?|\\bof app |\\bfor app )([a-z0-9][a-z0-9-]{1,30}[a-z0-9])\\b");
    private static final Pattern EVENT = Pattern.compile("(?:^|\\s)event=([A-Za-z0-9_.-]+)");
    private static volatile ServerLogWriter current;

    private final RecordServerLogsUseCase record;
    private final PruneServerLogsUseCase prune;
    private final JsonMapper json;
    private volatile Thread thread;
    private long reportedDrops;
    private long lastFailureReport;

    ServerLogWriter(RecordServerLogsUseCase record, PruneServerLogsUseCase prune, JsonMapper json) {
        this.record = record;
        this.prune = prune;
        this.json = json;
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        Optional<ServerLogAppender> appender = ServerLogAppender.installed();
        if (thread != null || appender.isEmpty()) {
            return;
        }
        current = this;
        reportedDrops = appender.get().dropped();
        thread = new Thread(() -> run(appender.get()), ServerLogAppender.WRITER_THREAD);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(ServerLogAppender appender) {
        List<ServerLogAppender.Pending> batch = new ArrayList<>(BATCH);
        while (!Thread.currentThread().isInterrupted() && current == this) {
            try {
                batch.clear();
                if (appender.drain(batch, BATCH, 1, TimeUnit.SECONDS) > 0) {
                    store(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void store(List<ServerLogAppender.Pending> batch) {
        try {
            record.record(batch.stream().map(this::entry).toList());
        } catch (RuntimeException e) {
            long now = System.currentTimeMillis();
            if (now - lastFailureReport > 60_000) {
                lastFailureReport = now;
                LOG.warn("event=server_logs_write_failed lines={} (further failures within a minute are not reported)", batch.size(), e);
            }
        }
    }

    ServerLogEntry entry(ServerLogAppender.Pending p) {
        String message = SecretMasker.mask(p.message() == null ? "" : p.message());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("thread", p.thread());
        Matcher event = EVENT.matcher(message);
        if (event.find()) {
            meta.put("event", event.group(1));
        }
        if (p.throwable() != null) {
            meta.put("exception", SecretMasker.mask(p.throwable()));
        }
        Matcher app = APP.matcher(message);
        return new ServerLogEntry(0, Instant.ofEpochMilli(p.ts()), level(p.level()), p.logger(),
                app.find() ? Optional.of(app.group(1)) : Optional.empty(), message, Optional.of(metaJson(meta)));
    }

    private String metaJson(Map<String, String> meta) {
        try {
            return json.writeValueAsString(meta);
        } catch (IOException e) {
            return "{}";
        }
    }

    private static LogLevel level(Level level) {
        return switch (level.toInt()) {
            case Level.ERROR_INT -> LogLevel.ERROR;
            case Level.WARN_INT -> LogLevel.WARN;
            case Level.INFO_INT -> LogLevel.INFO;
            case Level.DEBUG_INT -> LogLevel.DEBUG;
            default -> LogLevel.TRACE;
        };
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    void reportDrops() {
        ServerLogAppender.installed().ifPresent(a -> {
            long dropped = a.dropped();
            if (dropped > reportedDrops) {
                LOG.warn("event=server_logs_dropped dropped={} total={} (queue full: the lines reached stdout and the file only)",
                        dropped - reportedDrops, dropped);
                reportedDrops = dropped;
            }
        });
    }

    @Scheduled(fixedDelay = "${streamhub.logs.prune-interval:1h}", initialDelay = "1m")
    void prune() {
        int removed = prune.prune();
        if (removed > 0) {
            LOG.info("event=server_logs_pruned lines={}", removed);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (current == this) {
            current = null;
        }
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }
}
