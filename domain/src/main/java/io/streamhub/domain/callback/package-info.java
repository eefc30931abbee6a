/**
 * Outbound callbacks: endpoints, the delivery state machine, the retry policy and the signatures
 * receivers check. Plain Java only (HMAC comes from the JDK).
 */
package io.streamhub.domain.callback;
