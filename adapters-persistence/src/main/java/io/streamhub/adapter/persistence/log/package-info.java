/** The stored server log lines in the global store (table {@code server_logs}). Part of the persistence adapter. */
package io.streamhub.adapter.persistence.log;
