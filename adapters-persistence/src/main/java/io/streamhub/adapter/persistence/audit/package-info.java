/** The append-only audit trail in the global store (table {@code audit_log}). Part of the persistence adapter. */
package io.streamhub.adapter.persistence.audit;
