/**
 * Prometheus at {@code /metrics}: the Micrometer implementation of the application's
 * {@code ControlPlaneMetrics} port, the HTTP request filter and the token-gated scrape endpoint.
 * Micrometer types stay in this package; the core only sees the port.
 */
package io.streamhub.adapter.web.metrics;
