/** The placement policy: which media node takes a new room, and why. Plain Java only. */
package io.streamhub.domain.placement;
