package io.streamhub.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.VodRepository;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.vod.Vod;
import io.streamhub.domain.vod.VodMedia;
import io.streamhub.domain.vod.VodSearch;
import io.streamhub.domain.vod.VodStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link VodRepository} must do; subclasses supply the store and the app workspaces. */
public abstract class VodRepositoryContract {
    private static final AppName LIVE = new AppName("live");
    private static final AppName NEWS = new AppName("news");
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    private VodRepository vods;

    protected abstract VodRepository emptyVodRepository();

    protected abstract void createWorkspace(AppName app);

    @BeforeEach
    void twoAppsWithoutVods() {
        vods = emptyVodRepository();
        createWorkspace(LIVE);
        createWorkspace(NEWS);
    }

    private Vod recording(String egress, String room, int minute) {
        return Vod.recording(0, egress, room, Optional.of(room + "/alice"), T0.plusSeconds(60L * minute));
    }

    @Test
    void aVodIsFoundByIdAndByEgressInItsAppOnly() {
        Vod stored = vods.insertIfAbsent(LIVE, recording("EG_1", "live-show", 0)).orElseThrow();
        assertTrue(stored.id() > 0);
        assertEquals(Optional.of(stored), vods.find(LIVE, stored.id()));
        assertEquals(Optional.of(stored), vods.findByEgress(LIVE, "EG_1"));
        assertEquals(Optional.empty(), vods.findByEgress(NEWS, "EG_1"));
        assertEquals(Optional.empty(), vods.insertIfAbsent(LIVE, recording("EG_1", "live-other", 1)), "one VOD per egress");
        assertEquals("live-show", vods.findByEgress(LIVE, "EG_1").orElseThrow().room());
    }

    @Test
    void everyFieldOfAReadyVodRoundTrips() {
        Vod stored = vods.insertIfAbsent(LIVE, recording("EG_2", "live-show", 0)).orElseThrow();
        Vod ready = stored.recorded("/data/rec/EG_2.mp4", T0.plusSeconds(90)).orElseThrow()
                .uploaded("vods/1/EG_2.mp4", Optional.of("vods/1/EG_2.jpg"), 1234, new VodMedia(2.04, 320, 240, "mp4"));
        vods.save(LIVE, ready);
        assertEquals(Optional.of(ready), vods.find(LIVE, stored.id()));
        Vod failed = vods.insertIfAbsent(LIVE, recording("EG_3", "live-show", 1)).orElseThrow().failed("egress EGRESS_FAILED", T0)
                .orElseThrow();
        vods.save(LIVE, failed);
        assertEquals(Optional.of(failed), vods.find(LIVE, failed.id()));
    }

    @Test
    void searchFiltersPagesNewestFirstAndCountsEveryMatch() {
        for (int i = 0; i < 5; i++) {
            vods.insertIfAbsent(LIVE, recording("EG_A" + i, i % 2 == 0 ? "live-a" : "live-b", i));
        }
        vods.insertIfAbsent(NEWS, recording("EG_N", "news-a", 0));
        VodRepository.Page page = vods.search(LIVE, new VodSearch(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 2, 1));
        assertEquals(5, page.total());
        assertEquals(List.of("EG_A3", "EG_A2"), page.vods().stream().map(Vod::egressId).toList());
        VodRepository.Page filtered = vods.search(LIVE, new VodSearch(Optional.of("live-a"), Optional.of(VodStatus.RECORDING),
                Optional.of(T0.plusSeconds(60)), Optional.of(T0.plusSeconds(240)), 50, 0));
        assertEquals(List.of("EG_A4", "EG_A2"), filtered.vods().stream().map(Vod::egressId).toList());
        assertEquals(0, vods.search(LIVE, new VodSearch(Optional.empty(), Optional.of(VodStatus.READY), Optional.empty(),
                Optional.empty(), 50, 0)).total());
    }

    @Test
    void aDeletedVodIsGone() {
        Vod stored = vods.insertIfAbsent(LIVE, recording("EG_D", "live-show", 0)).orElseThrow();
        vods.delete(LIVE, stored.id());
        assertEquals(Optional.empty(), vods.find(LIVE, stored.id()));
        assertEquals(Optional.empty(), vods.findByEgress(LIVE, "EG_D"));
    }
}
