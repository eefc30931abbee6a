package io.streamhub.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EgressInfoTest {

    private static EgressInfo egress(String status) {
        return new EgressInfo("EG_1", "live-show", status, Optional.empty(), Optional.empty());
    }

    @Test
    void theStatusSaysWhetherTheFileIsFinalFailedOrStillBeingWritten() {
        assertEquals(EgressInfo.Outcome.COMPLETE, egress("EGRESS_COMPLETE").outcome());
        assertEquals(EgressInfo.Outcome.COMPLETE, egress("EGRESS_LIMIT_REACHED").outcome());
        assertEquals(EgressInfo.Outcome.FAILED, egress("EGRESS_FAILED").outcome());
        assertEquals(EgressInfo.Outcome.FAILED, egress("EGRESS_ABORTED").outcome());
        assertEquals(EgressInfo.Outcome.RUNNING, egress("EGRESS_ACTIVE").outcome());
        assertEquals(EgressInfo.Outcome.RUNNING, egress("EGRESS_ENDING").outcome());
    }

    @Test
    void anEgressEventBelongsToTheRoomItRecords() {
        MediaEvent event = new MediaEvent("EV", MediaEvent.Kind.EGRESS_ENDED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Instant.EPOCH, Optional.of(egress("EGRESS_COMPLETE")));
        assertEquals(Optional.of("live-show"), event.roomName());
        assertEquals(Optional.of("EG_1"), event.egressId());
    }
}
