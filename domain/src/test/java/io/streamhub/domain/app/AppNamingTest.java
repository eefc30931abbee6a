package io.streamhub.domain.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppNamingTest {

    @ParameterizedTest
    @ValueSource(strings = {"live", "a1b", "my-app-2", "abcdefghijklmnopqrstuvwxyz012345"})
    void acceptsSlugs(String name) {
        assertEquals(name, new AppName(name).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "-abc", "abc-", "Live", "a_b", "a b", "../x", "abcdefghijklmnopqrstuvwxyz0123456"})
    void rejectsAnythingElseNamingTheField(String name) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new AppName(name));
        assertEquals("name", e.field());
    }

    @Test
    void parseNamesTheFieldItCameFrom() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AppName.parse("app", "X"));
        assertEquals("app", e.field());
        assertTrue(e.getMessage().startsWith("app "));
    }

    @Test
    void emptyRoomIsThePrefixItself() {
        assertEquals("live", new RoomPrefix("live").namespace(""));
        assertEquals("live", new RoomPrefix("live").namespace(null));
    }

    @Test
    void roomsInsideTheNamespaceAreKept() {
        RoomPrefix prefix = new RoomPrefix("live");
        assertEquals("live", prefix.namespace("live"));
        assertEquals("live-show", prefix.namespace("live-show"));
    }

    @Test
    void otherRoomsArePrefixed() {
        RoomPrefix prefix = new RoomPrefix("live");
        assertEquals("live-show", prefix.namespace("show"));
        assertEquals("live-live2", prefix.namespace("live2"));
        assertEquals("live-other-show", prefix.namespace("other-show"));
    }

    @Test
    void ownershipNeedsTheDash() {
        RoomPrefix prefix = new RoomPrefix("live");
        assertTrue(prefix.owns("live"));
        assertTrue(prefix.owns("live-a"));
        assertFalse(prefix.owns("live2"));
        assertFalse(prefix.owns("livea-b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "a b", "ä", "x%2F"})
    void badRoomNamesAreRefused(String room) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new RoomPrefix("live").namespace(room));
        assertEquals("room", e.field());
    }

    @Test
    void roomLengthCountsThePrefix() {
        String room = "r".repeat(118);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new RoomPrefix("live").namespace(room));
        assertEquals("room", e.field());
    }

    @Test
    void prefixRulesNameRoomPrefix() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new RoomPrefix("-x"));
        assertEquals("roomPrefix", e.field());
    }

    @Test
    void prefixesOverlapWhenOneNamespaceContainsTheOther() {
        assertTrue(new RoomPrefix("live").overlaps(new RoomPrefix("live")));
        assertTrue(new RoomPrefix("live").overlaps(new RoomPrefix("live-show")));
        assertTrue(new RoomPrefix("live-show").overlaps(new RoomPrefix("live")));
        assertFalse(new RoomPrefix("live").overlaps(new RoomPrefix("live2")));
        assertFalse(new RoomPrefix("show").overlaps(new RoomPrefix("live")));
    }
}
