package io.streamhub.domain.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomInfoTest {
    private final TrackInfo camera = new TrackInfo("TR_V", TrackInfo.Kind.VIDEO, "camera", "cam", false);

    private ParticipantInfo participant(String identity, List<TrackInfo> tracks) {
        return new ParticipantInfo("PA_" + identity, identity, identity, "ACTIVE", false, false, tracks, Instant.EPOCH);
    }

    @Test
    void countsComeFromTheParticipantListAndTheRestIsKept() {
        RoomInfo stale = new RoomInfo("live-show", "RM_1", 0, 0, 50, Instant.EPOCH, "meta", "node-a");
        RoomInfo counted = stale.countedFrom(List.of(participant("cam", List.of(camera)), participant("v1", List.of()),
                participant("v2", List.of())));
        assertEquals(new RoomInfo("live-show", "RM_1", 3, 1, 50, Instant.EPOCH, "meta", "node-a"), counted);
        assertEquals(0, new RoomInfo("live-show", "RM_1", 4, 2, 0, Instant.EPOCH, "", null).countedFrom(List.of()).participants());
    }
}
