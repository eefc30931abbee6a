package io.streamhub.adapter.livekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.ingress.InputType;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.room.TrackInfo;
import java.time.Instant;
import livekit.LivekitIngress;
import livekit.LivekitModels;
import org.junit.jupiter.api.Test;

/** The corners of the protobuf-to-domain mapping that the contract tests do not reach. */
class LiveKitMapperTest {

    @Test
    void roomTimesPreferMillisecondsAndFallBackToSeconds() {
        RoomInfo precise = LiveKitMapper.room(LivekitModels.Room.newBuilder().setName("r").setCreationTime(1_795_000_000L)
                .setCreationTimeMs(1_795_000_000_123L).setNumParticipants(3).setNumPublishers(1).build());
        RoomInfo old = LiveKitMapper.room(LivekitModels.Room.newBuilder().setName("r").setCreationTime(1_795_000_000L).build());
        RoomInfo none = LiveKitMapper.room(LivekitModels.Room.newBuilder().setName("r").build());

        assertEquals(Instant.ofEpochMilli(1_795_000_000_123L), precise.createdAt());
        assertEquals(3, precise.participants());
        assertEquals(1, precise.publishers());
        assertEquals(Instant.ofEpochSecond(1_795_000_000L), old.createdAt());
        assertNull(none.createdAt());
    }

    @Test
    void tracksKeepKindSourceNameAndMute() {
        assertEquals(new TrackInfo("TR_1", TrackInfo.Kind.VIDEO, "screen_share", "slides", true),
                LiveKitMapper.track(LivekitModels.TrackInfo.newBuilder().setSid("TR_1").setType(LivekitModels.TrackType.VIDEO)
                        .setSource(LivekitModels.TrackSource.SCREEN_SHARE).setName("slides").setMuted(true).build()));
        assertEquals(TrackInfo.Kind.DATA,
                LiveKitMapper.track(LivekitModels.TrackInfo.newBuilder().setType(LivekitModels.TrackType.DATA).build()).kind());
        assertEquals(TrackInfo.Kind.UNKNOWN,
                LiveKitMapper.track(LivekitModels.TrackInfo.newBuilder().setTypeValue(42).build()).kind());
    }

    @Test
    void ingressStatusIsLowerCaseAndStartedAtIsInNanoseconds() {
        IngressInfo fresh = LiveKitMapper.ingress(LivekitIngress.IngressInfo.newBuilder().setIngressId("IN_1")
                .setInputType(LivekitIngress.IngressInput.WHIP_INPUT).build());
        IngressInfo live = LiveKitMapper.ingress(LivekitIngress.IngressInfo.newBuilder().setIngressId("IN_2")
                .setInputType(LivekitIngress.IngressInput.URL_INPUT).setUrl("https://cdn.example/a.m3u8")
                .setState(LivekitIngress.IngressState.newBuilder().setStatus(LivekitIngress.IngressState.Status.ENDPOINT_ERROR)
                        .setStartedAt(1_795_000_000_000_000_001L))
                .build());

        assertEquals(InputType.WHIP, fresh.inputType());
        assertEquals("endpoint_inactive", fresh.status());
        assertNull(fresh.startedAt());
        assertEquals(InputType.URL, live.inputType());
        assertEquals("https://cdn.example/a.m3u8", live.url());
        assertEquals("endpoint_error", live.status());
        assertEquals(Instant.ofEpochSecond(1_795_000_000L, 1), live.startedAt());
    }

    @Test
    void domainInputTypesMapToLiveKitInputs() {
        assertEquals(LivekitIngress.IngressInput.RTMP_INPUT, LiveKitMapper.input(InputType.RTMP));
        assertEquals(LivekitIngress.IngressInput.WHIP_INPUT, LiveKitMapper.input(InputType.WHIP));
        assertEquals(LivekitIngress.IngressInput.URL_INPUT, LiveKitMapper.input(InputType.URL));
    }

    @Test
    void liveHlsIsASegmentedOutputWhoseEgressReportsItsLivePlaylist() {
        var spec = new io.streamhub.domain.hls.HlsSpec("studio-show", "grid", "/data/apps/studio/hls/studio-show",
                new io.streamhub.domain.app.AppConfig.Hls(2, 6));
        livekit.LivekitEgress.SegmentedFileOutput out = LiveKitMapper.segments(spec);
        assertEquals(livekit.LivekitEgress.SegmentedFileProtocol.HLS_PROTOCOL, out.getProtocol());
        assertEquals("/data/apps/studio/hls/studio-show/segment", out.getFilenamePrefix());
        assertEquals("/data/apps/studio/hls/studio-show/index.m3u8", out.getLivePlaylistName());
        assertEquals("/data/apps/studio/hls/studio-show/event.m3u8", out.getPlaylistName());
        assertEquals(2, out.getSegmentDuration());

        var started = LiveKitMapper.egress(livekit.LivekitEgress.EgressInfo.newBuilder().setEgressId("EG_1").setRoomName("studio-show")
                .setStatus(livekit.LivekitEgress.EgressStatus.EGRESS_STARTING)
                .setRoomComposite(livekit.LivekitEgress.RoomCompositeEgressRequest.newBuilder().setRoomName("studio-show")
                        .addSegmentOutputs(out)).build());
        assertEquals(java.util.Optional.of("/data/apps/studio/hls/studio-show/index.m3u8"), started.file());
        org.junit.jupiter.api.Assertions.assertTrue(started.isLivePlaylist());
        var recording = LiveKitMapper.egress(livekit.LivekitEgress.EgressInfo.newBuilder().setEgressId("EG_2")
                .addFileResults(livekit.LivekitEgress.FileInfo.newBuilder().setFilename("a.mp4")).build());
        org.junit.jupiter.api.Assertions.assertFalse(recording.isLivePlaylist());
    }
}
