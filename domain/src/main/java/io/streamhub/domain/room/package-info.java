/** Rooms and participants: the rules behind join tokens. Plain Java only. */
package io.streamhub.domain.room;
