package io.streamhub.bootstrap.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The encoder of every StreamHub log line, on stdout and in the file: {@code format} {@code json} (default;
 * logback's own {@link JsonEncoder}, one object per line) or {@code text} (a pattern for people). Whatever the
 * format, the finished line goes through {@link SecretMasker} before it is written, so the message, the
 * arguments, MDC values and stack traces are all covered. An unknown format falls back to JSON with a warning.
 */
public class LogLineEncoder extends EncoderBase<ILoggingEvent> {
    static final String DEFAULT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX,UTC} %-5level [%thread] %logger{36} - %msg%n";
    private static final byte[] NOTHING = new byte[0];

    private String format = "json";
    private String pattern = DEFAULT_PATTERN;
    private Encoder<ILoggingEvent> delegate;

    public void setFormat(String format) {
        this.format = format;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public void start() {
        String f = format == null ? "json" : format.trim().toLowerCase(Locale.ROOT);
        if (f.equals("text")) {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setPattern(pattern);
            text.setCharset(StandardCharsets.UTF_8);
            delegate = text;
        } else {
            if (!f.equals("json")) {
                addWarn("LOG_FORMAT '" + format + "' is neither json nor text; writing json");
            }
            JsonEncoder json = new JsonEncoder();
            json.setWithSequenceNumber(false);
            json.setWithNanoseconds(false);
            json.setWithContext(false);
            json.setWithArguments(false);
            json.setWithMessage(false);
            json.setWithFormattedMessage(true);
            delegate = json;
        }
        delegate.setContext(getContext());
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return NOTHING;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] raw = delegate.encode(event);
        String line = new String(raw, StandardCharsets.UTF_8);
        String masked = SecretMasker.mask(line);
        return masked == line ? raw : masked.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
        return NOTHING;
    }

}
