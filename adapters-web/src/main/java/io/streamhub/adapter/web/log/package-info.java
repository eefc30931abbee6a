/**
 * The stored server logs over HTTP, read-only: {@code GET /api/v1/logs} (global scope, every app) and
 * {@code GET /api/v1/apps/{app}/logs} (permission {@code log:read}, that app's lines only).
 * See docs/observability.md, section "Logs".
 */
package io.streamhub.adapter.web.log;
