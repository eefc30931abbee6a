package io.streamhub.adapter.livekit;

import static io.streamhub.adapter.livekit.LiveKitFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.room.RoomSpec;
import io.streamhub.domain.room.TrackInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MediaServerGateway} for rooms and participants must do, run against the mock
 * and against a real livekit-server. Ingress has its own contract ({@link IngressGatewayContract})
 * because a real LiveKit serves it only with Redis.
 */
abstract class MediaServerGatewayContract {

    protected abstract MediaServerGateway gateway();

    /**
     * Makes {@code identity} join {@code room} publishing a microphone (audio) and a camera (video)
     * track ({@link LiveKitFixtures#publisher}), and returns once the server lists both tracks.
     */
    protected abstract void publisherJoins(String room, String identity);

    @Test
    void createdRoomIsListed() {
        String name = unique("room");
        Instant before = Instant.now().minusSeconds(2);

        RoomInfo created = gateway().createRoom(new RoomSpec(name, 120, 10, "{\"app\":\"demo\"}", Optional.empty()));

        assertEquals(name, created.name());
        assertFalse(created.sid().isBlank(), "sid");
        assertEquals(10, created.maxParticipants());
        assertEquals("{\"app\":\"demo\"}", created.metadata());
        assertEquals(0, created.participants());
        assertNotNull(created.createdAt());
        assertTrue(!created.createdAt().isBefore(before), created.createdAt() + " is not recent");
        assertNull(created.nodeId(), "RoomService does not tell the node");
        RoomInfo listed = gateway().listRooms(List.of()).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        assertEquals(created.sid(), listed.sid());
    }

    @Test
    void listingByNamesReturnsOnlyThoseRooms() {
        String wanted = unique("room");
        String other = unique("room");
        gateway().createRoom(new RoomSpec(wanted, 0, 0, null, Optional.empty()));
        gateway().createRoom(new RoomSpec(other, 0, 0, null, Optional.empty()));

        assertEquals(List.of(wanted), names(gateway().listRooms(List.of(wanted, unique("missing")))));
        assertTrue(names(gateway().listRooms(List.of())).containsAll(List.of(wanted, other)));
    }

    @Test
    void deletedRoomIsGoneAndDeletingItAgainIsFalse() {
        String name = unique("room");
        gateway().createRoom(new RoomSpec(name, 0, 0, null, Optional.empty()));

        assertTrue(gateway().deleteRoom(name));

        assertEquals(List.of(), gateway().listRooms(List.of(name)));
        assertFalse(gateway().deleteRoom(name));
    }

    @Test
    void unknownRoomHasNoParticipants() {
        String room = unique("missing");

        assertEquals(List.of(), gateway().listParticipants(room));
        assertEquals(Optional.empty(), gateway().participant(room, "nobody"));
    }

    @Test
    void removingAnUnknownParticipantIsFalse() {
        String room = unique("room");
        gateway().createRoom(new RoomSpec(room, 0, 0, null, Optional.empty()));

        assertFalse(gateway().removeParticipant(room, "nobody"));
        assertFalse(gateway().removeParticipant(unique("missing"), "nobody"));
    }

    @Test
    void mutingAnUnknownTrackIsEmpty() {
        String room = unique("room");
        gateway().createRoom(new RoomSpec(room, 0, 0, null, Optional.empty()));

        long start = System.nanoTime();
        assertEquals(Optional.empty(), gateway().mutePublishedTrack(room, "nobody", "TR_unknown", true));
        assertEquals(Optional.empty(), gateway().mutePublishedTrack(unique("missing"), "nobody", "TR_unknown", true));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "an unknown participant must not wait for LiveKit's 3 s timeout, took " + took);
    }

    @Test
    void publisherIsListedWithItsTracks() {
        String room = unique("room");
        gateway().createRoom(new RoomSpec(room, 0, 0, null, Optional.empty()));
        String identity = unique("pub");

        publisherJoins(room, identity);

        ParticipantInfo publisher = gateway().listParticipants(room).stream()
                .filter(p -> p.identity().equals(identity)).findFirst().orElseThrow();
        assertFalse(publisher.sid().isBlank(), "sid");
        assertEquals("active", publisher.state());
        assertFalse(publisher.ingress());
        assertFalse(publisher.hidden());
        assertTrue(publisher.publishing());
        assertNotNull(publisher.joinedAt());
        assertEquals(Set.of("AUDIO/microphone", "VIDEO/camera"),
                publisher.tracks().stream().map(t -> t.kind() + "/" + t.source()).collect(Collectors.toSet()));
        assertTrue(publisher.tracks().stream().noneMatch(TrackInfo::muted));
        assertTrue(publisher.tracks().stream().allMatch(t -> t.sid().startsWith("TR_")), publisher.tracks().toString());
        assertEquals(Optional.of(publisher.sid()), gateway().participant(room, identity).map(ParticipantInfo::sid));
        // LiveKit refreshes a room's counts periodically: v1.13.5 reports them about 4 s after the join
        RoomInfo counted = eventually(Duration.ofSeconds(15), () -> gateway().listRooms(List.of(room)).get(0), r -> r.participants() == 1);
        assertEquals(1, counted.publishers());
    }

    @Test
    void mutingAPublishedTrackReportsItMuted() {
        String room = unique("room");
        gateway().createRoom(new RoomSpec(room, 0, 0, null, Optional.empty()));
        String identity = unique("pub");
        publisherJoins(room, identity);
        TrackInfo audio = gateway().participant(room, identity).orElseThrow().tracks().stream()
                .filter(t -> t.kind() == TrackInfo.Kind.AUDIO).findFirst().orElseThrow();

        TrackInfo muted = gateway().mutePublishedTrack(room, identity, audio.sid(), true).orElseThrow();

        assertEquals(audio.sid(), muted.sid());
        assertTrue(muted.muted());
        assertEquals(TrackInfo.Kind.AUDIO, muted.kind());
        assertTrue(gateway().participant(room, identity).orElseThrow().tracks().stream()
                .filter(t -> t.sid().equals(audio.sid())).allMatch(TrackInfo::muted));
        assertEquals(Optional.empty(), gateway().mutePublishedTrack(room, identity, "TR_unknown", true));
    }

    @Test
    void removedPublisherIsGone() {
        String room = unique("room");
        gateway().createRoom(new RoomSpec(room, 0, 0, null, Optional.empty()));
        String identity = unique("pub");
        publisherJoins(room, identity);

        assertTrue(gateway().removeParticipant(room, identity));

        assertEquals(Optional.empty(), gateway().participant(room, identity));
        assertFalse(gateway().removeParticipant(room, identity));
    }

    private static <T> T eventually(Duration timeout, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = read.get();
        }
        assertTrue(done.test(value), "still " + value + " after " + timeout);
        return value;
    }

    private static List<String> names(List<RoomInfo> rooms) {
        return rooms.stream().map(RoomInfo::name).toList();
    }
}
