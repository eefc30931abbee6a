/** The sealed family of expected business failures, each with a stable code. Plain Java only. */
package io.streamhub.domain.error;
