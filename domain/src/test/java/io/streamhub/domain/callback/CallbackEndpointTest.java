package io.streamhub.domain.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.InvalidInputException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallbackEndpointTest {
    private static final Instant T = Instant.parse("2026-11-21T00:00:00Z");

    @Test
    void anEmptyFilterTakesEveryEvent() {
        CallbackEndpoint all = new CallbackEndpoint("ep1", "https://x.test/in", Set.of(), true, "", T);
        assertTrue(all.accepts("stream_started"));
        assertTrue(all.accepts("node_stale"));
    }

    @Test
    void aFilterTakesOnlyItsEventsAndADisabledEndpointNothing() {
        CallbackEndpoint some = new CallbackEndpoint("ep1", "https://x.test/in", Set.of("stream_started", "stream_ended"), true, "", T);
        assertTrue(some.accepts("stream_started"));
        assertFalse(some.accepts("room_started"));
        assertFalse(new CallbackEndpoint("ep1", "https://x.test/in", Set.of(), false, "", T).accepts("room_started"));
    }

    @Test
    void unknownEventNamesInTheFilterAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new CallbackEndpoint("ep1", "https://x.test/in", Set.of("stream_started", "nope"), true, "", T));
        assertEquals("events", e.field());
    }

    @Test
    void theUrlIsChecked() {
        assertEquals("url", assertThrows(InvalidInputException.class,
                () -> new CallbackEndpoint("ep1", "gopher://x", Set.of(), true, "", T)).field());
    }

    @Test
    void aLongDescriptionIsRefused() {
        assertEquals("description", assertThrows(InvalidInputException.class,
                () -> new CallbackEndpoint("ep1", "https://x.test/in", Set.of(), true, "d".repeat(201), T)).field());
    }
}
