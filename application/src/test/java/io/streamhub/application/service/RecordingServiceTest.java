package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.in.RecordingUseCases.StartRecordingCommand;
import io.streamhub.application.port.out.RecordingFiles;
import io.streamhub.application.fakes.FakeMediaServer;
import io.streamhub.application.fakes.Fakes;
import io.streamhub.application.fakes.InMemoryVodRepository;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.room.RoomSpec;
import io.streamhub.domain.vod.Vod;
import io.streamhub.domain.vod.VodStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordingServiceTest {
    private final ServiceFixture f = new ServiceFixture(EnforcementMode.ON);
    private final FakeMediaServer media = new FakeMediaServer();
    private final InMemoryVodRepository vods = f.vods;
    private final CallbackFixture callbacks = new CallbackFixture(f, true);
    private final RecordingFiles files = new RecordingFiles() {
        @Override
        public Optional<Path> resolve(AppName app, String reported) {
            return Optional.of(Path.of("/rec", reported));
        }

        @Override
        public Path scratch(AppName app, String name) {
            return Path.of("/tmp", name);
        }

        @Override
        public String egressTarget(AppName app, String room) {
            return "/rec/" + app + "/" + room + "-{time}.mp4";
        }
    };
    private final RecordingService recordings = new RecordingService(f.apps, f.workspace, media, files, vods,
            Fakes.directAppTransactions(), callbacks.publisher, f.quotas, f.clock);
    private final AppName studio = f.createApp(f.admin, "studio").name();
    private final AppName rival = f.createApp(f.admin, "rival").name();

    @Test
    void recordingALiveRoomStartsARoomCompositeEgressAndAVodInRecording() {
        media.createRoom(new RoomSpec("studio-show", 300, 0, "", Optional.empty()));
        Vod vod = recordings.start(new StartRecordingCommand(studio, "show", Optional.empty()));
        assertEquals(VodStatus.RECORDING, vod.status());
        assertEquals("studio-show", vod.room());
        var spec = media.recordings.get(vod.egressId());
        assertEquals("grid", spec.layout());
        assertEquals(Optional.empty(), spec.participant());
        assertEquals("/rec/studio/studio-show-{time}.mp4", spec.filepath());
        assertEquals(List.of("studio recording_started"), callbacks.counted("dropped"), "published (no endpoint takes it here)");
        assertEquals(Optional.of(vod), vods.findByEgress(studio, vod.egressId()));

        assertEquals(vod, recordings.stop(studio, Long.toString(vod.id())));
        assertEquals(vod, recordings.stop(studio, vod.egressId()));
        assertTrue(media.stoppedRecordings.contains(vod.egressId()));
    }

    @Test
    void anotherAppsRoomOrARoomThatIsNotLiveIsNotFound() {
        media.createRoom(new RoomSpec("rival-show", 300, 0, "", Optional.empty()));
        assertThrows(NotFoundException.class, () -> recordings.start(new StartRecordingCommand(studio, "rival-show", Optional.empty())));
        assertThrows(NotFoundException.class, () -> recordings.start(new StartRecordingCommand(studio, "nothing", Optional.empty())));
        assertEquals(0, media.recordings.size());

        Vod rivals = recordings.start(new StartRecordingCommand(rival, "show", Optional.empty()));
        assertThrows(NotFoundException.class, () -> recordings.stop(studio, rivals.egressId()));
        assertThrows(NotFoundException.class, () -> recordings.stop(studio, Long.toString(rivals.id())));
    }

    @Test
    void theRecordingMinutesQuotaCountsThisMonthsRecordingsOfTheTenant() {
        io.streamhub.domain.tenant.TenantId metered = f.newTenant("Metered");
        AppName app = f.createApp(f.member(metered, "o@metered.test", io.streamhub.domain.tenant.Role.OWNER), "metered").name();
        f.tenantService.setQuotas(metered, java.util.Map.of(io.streamhub.domain.quota.QuotaMetric.RECORDING_MINUTES_MONTH,
                new io.streamhub.domain.quota.QuotaLimit(2)));
        media.createRoom(new RoomSpec("metered-show", 300, 0, "", Optional.empty()));
        recordings.start(new StartRecordingCommand(app, "show", Optional.empty()));
        f.clock.advance(java.time.Duration.ofSeconds(150)); // still recording: 2.5 minutes count as 3

        io.streamhub.domain.error.QuotaExceededException refused = assertThrows(io.streamhub.domain.error.QuotaExceededException.class,
                () -> recordings.start(new StartRecordingCommand(app, "show", Optional.empty())));
        assertEquals("maxRecordingMinutesMonth", refused.quota());
        media.createRoom(new RoomSpec("studio-show", 300, 0, "", Optional.empty()));
        recordings.start(new StartRecordingCommand(studio, "show", Optional.empty())); // another tenant is not affected
    }

    @Test
    void aDisabledRecordingOrAMissingRoomNameIsRefused() {
        media.createRoom(new RoomSpec("studio-show", 300, 0, "", Optional.empty()));
        f.appService.updateConfig(new io.streamhub.application.port.in.UpdateAppCommand(studio, Optional.empty(), Optional.empty(),
                new io.streamhub.domain.app.AppConfigChanges(false, null, null, null, null, null, null, null, null, null)));
        assertEquals("recording", assertThrows(InvalidInputException.class,
                () -> recordings.start(new StartRecordingCommand(studio, "show", Optional.empty()))).field());
    }

    @Test
    void whenTheEgressStartedWebhookWinsTheRaceTheStartAnswersWithItsVodAndNothingIsAnnouncedTwice() {
        media.createRoom(new RoomSpec("studio-show", 300, 0, "", Optional.empty()));
        EgressRecorder recorder = new EgressRecorder(vods, null, files, callbacks.publisher, Fakes.directAppTransactions(), () -> { },
                f.clock);
        // LiveKit will name the next egress EG_1; its egress_started is applied before the start route stores anything
        io.streamhub.domain.event.MediaEvent started = new io.streamhub.domain.event.MediaEvent("EV_1",
                io.streamhub.domain.event.MediaEvent.Kind.EGRESS_STARTED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), f.clock.instant(), Optional.of(new io.streamhub.domain.event.EgressInfo("EG_1",
                "studio-show", "EGRESS_STARTING", Optional.empty(), Optional.empty())));
        recorder.changes(studio, started).forEach(Runnable::run);

        Vod vod = recordings.start(new StartRecordingCommand(studio, "show", Optional.empty()));
        assertEquals("EG_1", vod.egressId());
        assertEquals(1, vods.search(studio, new io.streamhub.domain.vod.VodSearch(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 50, 0)).total());
        assertEquals(List.of("studio recording_started"), callbacks.counted("dropped"));
    }
}
