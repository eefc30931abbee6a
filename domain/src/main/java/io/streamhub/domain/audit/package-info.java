/**
 * The audit trail: who did what to which resource, from where, when, and with what outcome.
 * Entries are facts; nothing here changes or removes one. Plain Java only.
 */
package io.streamhub.domain.audit;
