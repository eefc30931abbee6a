/**
 * Logging plumbing behind logback.xml: the line encoder (JSON or text, always masked by
 * {@link io.streamhub.bootstrap.logging.SecretMasker}), and the bounded, non-blocking appender that
 * hands the important lines to {@code server_logs} through {@link io.streamhub.bootstrap.logging.ServerLogWriter}.
 * See docs/observability.md, section "Logs".
 */
package io.streamhub.bootstrap.logging;
