package io.streamhub.adapter.livekit;

import java.util.Optional;
import static io.streamhub.adapter.livekit.LiveKitFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.ingress.IngressSpec;
import io.streamhub.domain.ingress.InputType;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomSpec;
import java.util.List;
import livekit.LivekitIngress.CreateIngressRequest;
import livekit.LivekitIngress.IngressInput;
import livekit.LivekitModels;
import livekit.LivekitRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The gateway contract against {@link MockLiveKitServer}, plus what only the mock can observe: the requests sent. */
class MockMediaServerGatewayTest extends MediaServerGatewayContract {
    private MockLiveKitServer server;
    private LiveKitMediaServerGateway gateway;

    @BeforeEach
    void startMock() {
        server = MockLiveKitServer.start();
        gateway = new LiveKitMediaServerGateway(server.url(), LiveKitFixtures.API_KEY, LiveKitFixtures.API_SECRET);
    }

    @AfterEach
    void stopMock() {
        server.close();
    }

    @Override
    protected MediaServerGateway gateway() {
        return gateway;
    }

    @Override
    protected void publisherJoins(String room, String identity) {
        server.addParticipant(room, LiveKitFixtures.publisher(identity));
    }

    @Nested
    class Recordings {
        @Test
        void aRoomCompositeRecordingIsAnMp4EgressWithTheLayoutAndStopsByItsId() {
            gateway.createRoom(new io.streamhub.domain.room.RoomSpec("live-show", 300, 0, "", java.util.Optional.empty()));
            io.streamhub.domain.event.EgressInfo started = gateway.startRecording(new io.streamhub.domain.vod.RecordingSpec(
                    "live-show", java.util.Optional.empty(), "grid", "/rec/live/live-show-{time}.mp4"));
            livekit.LivekitEgress.RoomCompositeEgressRequest sent = server.lastRequest("StartRoomCompositeEgress");

            assertTrue(started.egressId().startsWith("EG_"));
            assertEquals("live-show", started.roomName());
            assertEquals("EGRESS_STARTING", started.status());
            assertEquals("grid", sent.getLayout());
            assertEquals("/rec/live/live-show-{time}.mp4", sent.getFileOutputs(0).getFilepath().isEmpty()
                    ? sent.getFile().getFilepath() : sent.getFileOutputs(0).getFilepath());
            assertTrue(gateway.stopRecording(started.egressId()));
            assertFalse(gateway.stopRecording("EG_unknown"));
        }

        @Test
        void aRecordingIsFoundByItsEgressIdWithItsStatusAndFile() {
            gateway.createRoom(new io.streamhub.domain.room.RoomSpec("live-show", 300, 0, "", java.util.Optional.empty()));
            String first = gateway.startRecording(new io.streamhub.domain.vod.RecordingSpec("live-show", java.util.Optional.empty(),
                    "grid", "/rec/a.mp4")).egressId();
            String second = gateway.startRecording(new io.streamhub.domain.vod.RecordingSpec("live-show", java.util.Optional.empty(),
                    "grid", "/rec/b.mp4")).egressId();
            assertEquals("EGRESS_STARTING", gateway.findRecording(second).orElseThrow().status());
            server.completeEgress(first, "/rec/a-2026.mp4");
            io.streamhub.domain.event.EgressInfo done = gateway.findRecording(first).orElseThrow();
            assertEquals(first, done.egressId());
            assertEquals(io.streamhub.domain.event.EgressInfo.Outcome.COMPLETE, done.outcome());
            assertEquals(java.util.Optional.of("/rec/a-2026.mp4"), done.file());
            assertEquals(java.util.Optional.empty(), gateway.findRecording("EG_unknown"));
            livekit.LivekitEgress.ListEgressRequest sent = server.lastRequest("ListEgress");
            assertEquals("EG_unknown", sent.getEgressId());
        }

        @Test
        void aParticipantRecordingNamesTheParticipant() {
            gateway.createRoom(new io.streamhub.domain.room.RoomSpec("live-solo", 300, 0, "", java.util.Optional.empty()));
            gateway.startRecording(new io.streamhub.domain.vod.RecordingSpec("live-solo", java.util.Optional.of("alice"), "grid",
                    "/rec/solo.mp4"));
            livekit.LivekitEgress.ParticipantEgressRequest sent = server.lastRequest("StartParticipantEgress");
            assertEquals("alice", sent.getIdentity());
            assertEquals("/rec/solo.mp4", sent.getFileOutputs(0).getFilepath());
        }
    }

    @Nested
    class Ingress extends IngressGatewayContract {
        @Override
        protected MediaServerGateway gateway() {
            return gateway;
        }

        @Test
        void createIngressAsksForTranscodingAsTheSpecSays() {
            gateway.createIngress(new IngressSpec(InputType.WHIP, "browser", "room-1", "enc-1", "Encoder", null, false));
            CreateIngressRequest whip = server.lastRequest("CreateIngress");
            gateway.createIngress(new IngressSpec(InputType.URL, "pull", "room-1", "enc-2", null, "https://cdn.example/live.m3u8", true));
            CreateIngressRequest url = server.lastRequest("CreateIngress");

            assertEquals(IngressInput.WHIP_INPUT, whip.getInputType());
            assertTrue(whip.hasEnableTranscoding());
            assertFalse(whip.getEnableTranscoding());
            assertEquals("Encoder", whip.getParticipantName());
            assertEquals("", whip.getUrl());
            assertEquals(IngressInput.URL_INPUT, url.getInputType());
            assertTrue(url.getEnableTranscoding());
            assertEquals("https://cdn.example/live.m3u8", url.getUrl());
            assertEquals("", url.getParticipantName());
        }

        @Test
        void ingressIsListedForOneRoomOnlyWhenAsked() {
            gateway.listIngress(java.util.Optional.empty());
            assertEquals("", server.<livekit.LivekitIngress.ListIngressRequest>lastRequest("ListIngress").getRoomName());
            gateway.listIngress(java.util.Optional.of("room-1"));
            assertEquals("room-1", server.<livekit.LivekitIngress.ListIngressRequest>lastRequest("ListIngress").getRoomName());
        }
    }

    @Test
    void createRoomSendsTheSpec() {
        gateway.createRoom(new RoomSpec("room-1", 90, 25, "meta", Optional.empty()));

        LivekitRoom.CreateRoomRequest sent = server.lastRequest("CreateRoom");
        assertEquals("room-1", sent.getName());
        assertEquals(90, sent.getEmptyTimeout());
        assertEquals(25, sent.getMaxParticipants());
        assertEquals("meta", sent.getMetadata());
        assertEquals("", sent.getNodeId());
    }

    @Test
    void aPlacedRoomIsPinnedToItsLiveKitNode() {
        gateway.createRoom(new RoomSpec("room-2", 0, 0, null, Optional.of("ND_edge1")));
        assertEquals("ND_edge1", server.<LivekitRoom.CreateRoomRequest>lastRequest("CreateRoom").getNodeId());
    }

    @Test
    void listingEveryRoomSendsNoNames() {
        gateway.listRooms(List.of());
        assertEquals(0, server.<LivekitRoom.ListRoomsRequest>lastRequest("ListRooms").getNamesCount());

        gateway.listRooms(List.of("a", "b"));
        assertEquals(List.of("a", "b"), server.<LivekitRoom.ListRoomsRequest>lastRequest("ListRooms").getNamesList());
    }

    @Test
    void everyRequestCarriesAnAdminTokenForTheMethod() {
        gateway.createRoom(new RoomSpec("room-1", 0, 0, null, Optional.empty()));
        gateway.listParticipants("room-1");

        assertTrue(server.requests().stream().allMatch(r -> r.authorization().startsWith("Bearer ey")), server.requests().toString());
    }

    @Test
    void ingressParticipantsAndHiddenParticipantsAreMarked() {
        String room = unique("room");
        server.addParticipant(room, LivekitModels.ParticipantInfo.newBuilder().setIdentity("rtmp-enc")
                .setKind(LivekitModels.ParticipantInfo.Kind.INGRESS).setState(LivekitModels.ParticipantInfo.State.ACTIVE)
                .addTracks(LiveKitFixtures.camera("")));
        server.addParticipant(room, LivekitModels.ParticipantInfo.newBuilder().setIdentity("qc")
                .setState(LivekitModels.ParticipantInfo.State.JOINED)
                .setPermission(LivekitModels.ParticipantPermission.newBuilder().setHidden(true).setCanSubscribe(true)));
        server.addParticipant(room, LivekitModels.ParticipantInfo.newBuilder().setIdentity("viewer")
                .setState(LivekitModels.ParticipantInfo.State.ACTIVE));

        List<ParticipantInfo> participants = gateway.listParticipants(room);

        ParticipantInfo encoder = participants.get(0);
        assertTrue(encoder.ingress());
        assertTrue(encoder.publishing());
        ParticipantInfo qc = participants.get(1);
        assertTrue(qc.hidden());
        assertFalse(qc.viewer());
        assertEquals("joined", qc.state());
        assertTrue(participants.get(2).viewer());
        assertEquals(1, gateway.listRooms(List.of(room)).get(0).publishers());
    }
}
