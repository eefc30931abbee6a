package io.streamhub.domain.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.app.RoomPrefix;
import io.streamhub.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoomOwnershipTest {
    private App app(String name, String prefix) {
        return App.create(new AppName(name), null, new RoomPrefix(prefix), TenantId.PLATFORM, Instant.EPOCH);
    }

    private final App live = app("live", "live");
    private final App live2 = app("live2", "live2");
    private final App studio = app("studio", "live-studio");

    @Test
    void theLongestPrefixFollowedByADashWins() {
        List<App> apps = List.of(live, live2, studio);
        assertEquals(Optional.of(live), RoomOwnership.ownerOf("live-show", apps));
        assertEquals(Optional.of(live), RoomOwnership.ownerOf("live", apps));
        assertEquals(Optional.of(live2), RoomOwnership.ownerOf("live2-show", apps));
        assertEquals(Optional.of(studio), RoomOwnership.ownerOf("live-studio-a", apps));
        assertEquals(Optional.empty(), RoomOwnership.ownerOf("other", apps));
        assertEquals(Optional.empty(), RoomOwnership.ownerOf(null, apps));
    }
}
