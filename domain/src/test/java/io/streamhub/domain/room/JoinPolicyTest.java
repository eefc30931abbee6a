package io.streamhub.domain.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.RoomPrefix;
import io.streamhub.domain.error.AccessDeniedException;
import io.streamhub.domain.error.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JoinPolicyTest {
    private final JoinPolicy policy = new JoinPolicy();
    private final RoomPrefix live = new RoomPrefix("live");
    private final AppConfig.Features defaults = AppConfig.defaults().features();
    private final AppConfig.Features withHidden = new AppConfig.Features(false, true, false, false, true, true, false);

    private JoinRequest request(String room, Boolean hidden, Boolean recorder, Boolean canPublish, String ttl) {
        return new JoinRequest(room, null, null, canPublish, null, ttl, null, hidden, recorder, null);
    }

    @Test
    void publishersBySixHourTokensInTheAppsNamespaceByDefault() {
        JoinGrant grant = policy.grant(live, defaults, request("show", null, null, null, null), () -> "anon-1");
        assertEquals("live-show", grant.room());
        assertEquals("anon-1", grant.identity());
        assertTrue(grant.canPublish());
        assertTrue(grant.canSubscribe());
        assertTrue(grant.canPublishData());
        assertEquals(Duration.ofHours(6), grant.ttl());
    }

    @Test
    void anotherAppsRoomNameStaysInsideThisApp() {
        assertEquals("live-other-show", policy.grant(live, defaults, request("other-show", null, null, null, null), () -> "a").room());
    }

    @Test
    void hiddenParticipantsNeedTheFeatureAndDoNotPublishByDefault() {
        assertThrows(AccessDeniedException.class, () -> policy.grant(live, defaults, request("r", true, null, null, null), () -> "a"));
        JoinGrant qc = policy.grant(live, withHidden, request("r", true, null, null, null), () -> "a");
        assertTrue(qc.hidden());
        assertFalse(qc.canPublish());
    }

    @Test
    void recordersDoNotPublishUnlessAsked() {
        assertFalse(policy.grant(live, defaults, request("r", null, true, null, null), () -> "a").canPublish());
        assertTrue(policy.grant(live, defaults, request("r", null, true, true, null), () -> "a").canPublish());
    }

    @Test
    void ttlAcceptsUnitsWithinBounds() {
        assertEquals(Duration.ofMinutes(30), JoinPolicy.ttl("30m"));
        assertEquals(Duration.ofSeconds(3600), JoinPolicy.ttl("3600"));
        assertEquals(Duration.ofDays(1), JoinPolicy.ttl("1d"));
        for (String bad : new String[] {"2d", "10s", "1w", "-5m", "abc"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JoinPolicy.ttl(bad), bad);
            assertEquals("ttl", e.field());
        }
    }

    @Test
    void longOrControlTextIsRefusedByField() {
        JoinRequest longName = new JoinRequest("r", "id", "n".repeat(121), null, null, null, null, null, null, null);
        assertEquals("name", assertThrows(InvalidInputException.class, () -> policy.grant(live, defaults, longName, () -> "a")).field());
        JoinRequest ctl = new JoinRequest("r", "a\nb", null, null, null, null, null, null, null, null);
        assertEquals("identity", assertThrows(InvalidInputException.class, () -> policy.grant(live, defaults, ctl, () -> "a")).field());
        JoinRequest badRoom = new JoinRequest("a/b", null, null, null, null, null, null, null, null, null);
        assertEquals("room", assertThrows(InvalidInputException.class, () -> policy.grant(live, defaults, badRoom, () -> "a")).field());
    }

    @Test
    void publicViewersAreHiddenSubscribeOnly() {
        JoinGrant viewer = policy.viewer(live, "show", "viewer-1");
        assertEquals("live-show", viewer.room());
        assertTrue(viewer.hidden());
        assertFalse(viewer.canPublish());
        assertFalse(viewer.canPublishData());
    }
}
