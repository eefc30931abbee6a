package io.streamhub.adapter.livekit;

import java.util.concurrent.ThreadLocalRandom;
import livekit.LivekitModels;
import livekit.LivekitModels.ParticipantInfo;
import livekit.LivekitModels.TrackInfo;
import livekit.LivekitModels.TrackSource;
import livekit.LivekitModels.TrackType;
import livekit.LivekitWebhook;

/**
 * Shared test data: the credentials of {@code scripts/livekit.sh} and a publisher with one
 * microphone and one camera track — what the project's WebRTC client (tools/lk-client)
 * produces on a real server.
 */
final class LiveKitFixtures {
    static final String API_KEY = "devkey";
    static final String API_SECRET = "devsecret_devsecret_devsecret_devsecret";

    private LiveKitFixtures() {
    }

    /** A room or identity name that no other test uses. */
    static String unique(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    static TrackInfo microphone(String sid) {
        return TrackInfo.newBuilder().setSid(sid).setType(TrackType.AUDIO).setSource(TrackSource.MICROPHONE)
                .setName("demo.ogg").setMimeType("audio/opus").build();
    }

    static TrackInfo camera(String sid) {
        return TrackInfo.newBuilder().setSid(sid).setType(TrackType.VIDEO).setSource(TrackSource.CAMERA)
                .setName("demo.ivf").setMimeType("video/VP8").setWidth(320).setHeight(240).build();
    }

    /** An active participant publishing {@link #microphone} and {@link #camera}; sids empty unless given. */
    static ParticipantInfo.Builder publisher(String identity) {
        long now = System.currentTimeMillis();
        return ParticipantInfo.newBuilder()
                .setIdentity(identity)
                .setName(identity)
                .setState(ParticipantInfo.State.ACTIVE)
                .setKind(ParticipantInfo.Kind.STANDARD)
                .setIsPublisher(true)
                .setJoinedAt(now / 1000)
                .setJoinedAtMs(now)
                .setPermission(LivekitModels.ParticipantPermission.newBuilder()
                        .setCanPublish(true).setCanSubscribe(true).setCanPublishData(true))
                .addTracks(microphone(""))
                .addTracks(camera(""));
    }

    /** The {@code track_published} webhook LiveKit sends when {@code participant} publishes {@code track}. */
    static LivekitWebhook.WebhookEvent trackPublished(String room, ParticipantInfo participant, TrackInfo track) {
        return LivekitWebhook.WebhookEvent.newBuilder()
                .setEvent("track_published")
                .setId("EV_" + unique("t"))
                .setCreatedAt(1_795_000_000L)
                .setRoom(LivekitModels.Room.newBuilder().setSid("RM_fixture").setName(room))
                .setParticipant(participant)
                .setTrack(track)
                .build();
    }
}
