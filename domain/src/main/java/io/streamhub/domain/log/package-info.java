/**
 * Server log lines kept in the global store ({@code server_logs}): the warnings, errors and flagged
 * events an operator reads back through the API. Plain Java only.
 */
package io.streamhub.domain.log;
