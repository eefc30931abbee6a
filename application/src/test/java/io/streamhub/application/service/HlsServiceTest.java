package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.fakes.FakeMediaServer;
import io.streamhub.application.fakes.Fakes;
import io.streamhub.application.fakes.InMemoryHlsDirectories;
import io.streamhub.application.fakes.InMemoryStreamRepository;
import io.streamhub.application.port.in.HlsUseCases.HlsView;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.event.EgressInfo;
import io.streamhub.domain.event.MediaEvent;
import io.streamhub.domain.hls.HlsSpec;
import io.streamhub.domain.stream.Stream;
import io.streamhub.domain.stream.StreamType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HlsServiceTest {
    private final ServiceFixture f = new ServiceFixture(EnforcementMode.ON);
    private final FakeMediaServer media = new FakeMediaServer();
    private final InMemoryStreamRepository streams = new InMemoryStreamRepository(f.workspace);
    private final InMemoryHlsDirectories dirs = new InMemoryHlsDirectories();
    private final CallbackFixture callbacks = new CallbackFixture(f, true);
    private final HlsService hls = new HlsService(f.apps, f.workspace, streams, media, dirs, Fakes.directAppTransactions(),
            callbacks.publisher, Duration.ofSeconds(60), f.clock);
    private final AppName studio = f.createApp(f.admin, "studio").name();
    private final AppName rival = f.createApp(f.admin, "rival").name();

    private Stream live(AppName app, String room, String identity) {
        Stream stream = Stream.started(StreamType.WEBRTC, room, identity, f.clock.instant());
        streams.save(app, stream);
        return stream;
    }

    private MediaEvent event(MediaEvent.Kind kind, String room, Optional<EgressInfo> egress) {
        return new MediaEvent("EV_" + kind, kind, Optional.of(room), Optional.empty(), Optional.empty(), Optional.empty(),
                egress.map(EgressInfo::egressId), f.clock.instant(), egress);
    }

    @Test
    void eachAppIsCutWithItsOwnHlsSettings() {
        AppConfig custom = f.workspace.readConfig(rival);
        f.workspace.configs.put(rival, new AppConfig(custom.recording(), custom.callbacks(), custom.features(), custom.webrtc(),
                custom.storage(), custom.distribution(), new AppConfig.Hls(2, 6), custom.playback()));
        HlsView rivals = hls.start(rival, live(rival, "rival-show", "carol").streamId());
        assertEquals(new AppConfig.Hls(2, 6), media.hls.get(rivals.egressId().orElseThrow()).settings());
        HlsView studios = hls.start(studio, live(studio, "studio-show", "alice").streamId());
        assertEquals(AppConfig.Hls.defaults(), media.hls.get(studios.egressId().orElseThrow()).settings());
    }

    @Test
    void startingCutsTheRoomIntoTheRoomsDirectoryWithTheAppsSettingsOnceAndAnnouncesIt() {
        Stream stream = live(studio, "studio-show.1", "alice");
        HlsView started = hls.start(studio, stream.streamId());
        assertTrue(started.active());
        assertEquals("/hls/studio/studio-show_1/index.m3u8", started.playlistPath());
        HlsSpec spec = media.hls.get(started.egressId().orElseThrow());
        assertEquals("studio-show.1", spec.room());
        assertEquals("/data/apps/studio/studio-show_1", spec.directory());
        assertEquals(io.streamhub.domain.app.AppConfig.Hls.defaults(), spec.settings());

        Stream second = live(studio, "studio-show.1", "bob");
        assertEquals(started.egressId(), hls.start(studio, second.streamId()).egressId(), "one egress per room");
        assertEquals(1, media.hls.size());
        assertEquals(List.of("studio hls_started"), callbacks.counted("dropped"));
        assertEquals(started.egressId(), hls.status(studio, stream.streamId()).egressId());
    }

    @Test
    void stoppingStopsTheEgressAndTheStatusFollows() {
        Stream stream = live(studio, "studio-show", "alice");
        String egress = hls.start(studio, stream.streamId()).egressId().orElseThrow();
        HlsView stopped = hls.stop(studio, stream.streamId());
        assertFalse(stopped.active());
        assertTrue(media.stoppedRecordings.contains(egress));
        assertEquals(Optional.empty(), hls.status(studio, stream.streamId()).egressId());
        assertFalse(hls.status(studio, stream.streamId()).active());
        dirs.playlists.add("studio/studio-show");
        assertTrue(hls.status(studio, stream.streamId()).active(), "a playlist on disk can still be played");
        assertEquals(Optional.empty(), hls.stop(studio, stream.streamId()).egressId(), "nothing runs: nothing stopped");
        assertEquals(List.of("studio hls_started", "studio hls_stopped"), callbacks.counted("dropped"));
    }

    @Test
    void unknownOrAnotherAppsStreamIsNotFoundAndAnEndedStreamCannotStart() {
        Stream rivals = live(rival, "rival-show", "eve");
        assertThrows(NotFoundException.class, () -> hls.start(studio, rivals.streamId()));
        assertThrows(NotFoundException.class, () -> hls.status(studio, "nope/none"));
        assertThrows(NotFoundException.class, () -> hls.start(new AppName("ghost"), rivals.streamId()));
        Stream ended = live(studio, "studio-old", "al").ended(f.clock.instant());
        streams.save(studio, ended);
        assertThrows(InvalidInputException.class, () -> hls.start(studio, ended.streamId()));
        assertEquals(0, media.hls.size());
    }

    @Test
    void theLastStreamEndingStopsTheEgressAndTheDirectoryGoesAfterTheGracePeriod() {
        Stream alice = live(studio, "studio-show", "alice");
        Stream bob = live(studio, "studio-show", "bob");
        String egress = hls.start(studio, alice.streamId()).egressId().orElseThrow();

        streams.save(studio, alice.ended(f.clock.instant()));
        hls.onMediaEvent(studio, event(MediaEvent.Kind.TRACK_UNPUBLISHED, "studio-show", Optional.empty()));
        assertFalse(media.stoppedRecordings.contains(egress), "bob still publishes");

        streams.save(studio, bob.ended(f.clock.instant()));
        hls.onMediaEvent(studio, event(MediaEvent.Kind.PARTICIPANT_LEFT, "studio-show", Optional.empty()));
        assertTrue(media.stoppedRecordings.contains(egress));
        assertEquals(Optional.empty(), dirs.activeEgress(studio, "studio-show"));

        f.clock.advance(Duration.ofSeconds(59));
        assertEquals(0, hls.removeEnded());
        assertTrue(dirs.directories.contains("studio/studio-show"));
        f.clock.advance(Duration.ofSeconds(2));
        assertEquals(1, hls.removeEnded());
        assertFalse(dirs.directories.contains("studio/studio-show"));
    }

    @Test
    void anEgressThatEndsOnItsOwnLeavesTheDirectoryEndedWithoutAStopCall() {
        Stream alice = live(studio, "studio-show", "alice");
        String egress = hls.start(studio, alice.streamId()).egressId().orElseThrow();
        hls.onMediaEvent(studio, event(MediaEvent.Kind.EGRESS_UPDATED, "studio-show", Optional.of(new EgressInfo(egress,
                "studio-show", "EGRESS_ACTIVE", Optional.of("/x/index.m3u8"), Optional.empty()))));
        assertEquals(Optional.of(egress), dirs.activeEgress(studio, "studio-show"), "still running");
        hls.onMediaEvent(studio, event(MediaEvent.Kind.EGRESS_ENDED, "studio-show", Optional.of(new EgressInfo(egress,
                "studio-show", "EGRESS_FAILED", Optional.of("/x/index.m3u8"), Optional.of("boom")))));
        assertEquals(Optional.empty(), dirs.activeEgress(studio, "studio-show"));
        assertFalse(media.stoppedRecordings.contains(egress));
        assertTrue(new EgressInfo(egress, "r", "EGRESS_ACTIVE", Optional.of("/x/index.m3u8"), Optional.empty()).isLivePlaylist());
        assertFalse(new EgressInfo(egress, "r", "EGRESS_ACTIVE", Optional.of("/x/a.mp4"), Optional.empty()).isLivePlaylist());
    }

    @Test
    void playbackIsPublicAsTheAppsFeatureSaysAndUnknownForAnUnknownApp() {
        assertEquals(Optional.of(f.workspace.readConfig(studio).features().publicPlayback()), hls.publicPlayback(studio));
        assertEquals(Optional.empty(), hls.publicPlayback(new AppName("ghost")));
    }
}
