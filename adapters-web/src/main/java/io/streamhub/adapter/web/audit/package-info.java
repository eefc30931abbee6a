/**
 * The audit trail's HTTP side: the filter that records every mutating route and the listed sensitive
 * reads ({@link io.streamhub.adapter.web.audit.AuditTrailFilter}), the catalog mapping route templates
 * to action names ({@link io.streamhub.adapter.web.audit.AuditActions}) and the read-only
 * {@code GET /api/v1/audit}. See docs/audit.md and ADR 008.
 */
package io.streamhub.adapter.web.audit;
