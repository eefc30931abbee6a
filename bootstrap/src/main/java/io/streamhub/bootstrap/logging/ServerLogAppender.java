package io.streamhub.bootstrap.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Picks the important lines (WARN and above; INFO lines flagged {@code event=…}) and puts them on a bounded
 * queue for {@link ServerLogWriter}, which stores them in {@code server_logs}. {@link #append} never blocks:
 * when the queue is full the line is dropped and counted ({@link #dropped()}); the line still reached stdout
 * and the file through the other appenders. Lines logged by the writer's own thread are skipped, so a failing
 * store cannot feed itself. Configured in logback.xml as {@value #NAME}; {@code queueSize} defaults to 10 000.
 */
public class ServerLogAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
    public static final String NAME = "SERVER_LOGS";
    static final String WRITER_THREAD = "server-logs-writer";

    /** A line as captured on the logging thread: raw (masking happens on the writer's thread). */
    record Pending(long ts, Level level, String logger, String thread, String message, String throwable) {
    }

    private int queueSize = 10_000;
    private BlockingQueue<Pending> queue;
    private final AtomicLong dropped = new AtomicLong();

    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    @Override
    public void start() {
        if (queueSize < 1) {
            addError("queueSize must be positive");
            return;
        }
        queue = new ArrayBlockingQueue<>(queueSize);
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!important(event) || WRITER_THREAD.equals(event.getThreadName())) {
            return;
        }
        IThrowableProxy t = event.getThrowableProxy();
        Pending line = new Pending(event.getTimeStamp(), event.getLevel(), event.getLoggerName(), event.getThreadName(),
                event.getFormattedMessage(), t == null ? null : ThrowableProxyUtil.asString(t));
        if (!queue.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    /** WARN and above, or an INFO line whose message carries {@code event=}. */
    static boolean important(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            return true;
        }
        if (event.getLevel() != Level.INFO) {
            return false;
        }
        String m = event.getFormattedMessage();
        return m != null && (m.startsWith("event=") || m.contains(" event="));
    }

    /** Waits up to {@code timeout} for a first line, then takes up to {@code max} lines without waiting. */
    int drain(Collection<Pending> into, int max, long timeout, TimeUnit unit) throws InterruptedException {
        Pending first = queue.poll(timeout, unit);
        if (first == null) {
            return 0;
        }
        into.add(first);
        return 1 + queue.drainTo(into, max - 1);
    }

    /** Lines lost because the queue was full, since start. */
    public long dropped() {
        return dropped.get();
    }

    int pending() {
        return queue.size();
    }

    /** The appender logback.xml attached to the root logger, if logback is the logging backend. */
    static Optional<ServerLogAppender> installed() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return Optional.empty();
        }
        Appender<ILoggingEvent> a = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(NAME);
        return a instanceof ServerLogAppender s ? Optional.of(s) : Optional.empty();
    }
}
