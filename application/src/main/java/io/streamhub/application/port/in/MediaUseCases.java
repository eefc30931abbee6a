package io.streamhub.application.port.in;

import io.streamhub.domain.access.Principal;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.ingress.InputType;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.placement.AppPlacement;
import io.streamhub.domain.placement.RoomPlacement;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.room.TrackInfo;
import io.streamhub.domain.stream.Stream;
import java.util.List;
import java.util.Optional;

/**
 * Driving ports for an app's rooms, participants, ingress and live streams. Room names may be
 * given with or without the app's prefix; they are always namespaced into the app.
 */
public final class MediaUseCases {
    private MediaUseCases() {
    }

    /** A room of the app with its viewers (participants neither publishing nor hidden) and the node it was placed on. */
    public record RoomView(RoomInfo room, int viewers, Optional<NodeId> node) {
    }

    /** {@code region} is the publisher's, when known: placement prefers nodes there. */
    public record CreateRoomCommand(AppName app, String room, int emptyTimeoutSeconds, int maxParticipants, String metadata,
                                    Optional<String> region) {
    }

    public record MuteCommand(AppName app, String room, String identity, String trackSid, boolean muted) {
    }

    public interface ManageRoomsUseCase {
        List<RoomView> listRooms(AppName app);

        RoomView createRoom(CreateRoomCommand command);

        RoomView room(AppName app, String room);

        void deleteRoom(AppName app, String room);

        List<ParticipantInfo> participants(AppName app, String room);

        TrackInfo mute(MuteCommand command);

        void kick(AppName app, String room, String identity);

        /** Where the room was placed and why; not found when StreamHub did not place it. */
        RoomPlacement placement(AppName app, String room);

        /** The app's pinned and denied nodes (empty sets: anywhere). */
        AppPlacement nodesFor(AppName app);

        AppPlacement setNodesFor(AppName app, AppPlacement placement);
    }

    public record CreateIngressCommand(Principal actor, AppName app, InputType inputType, Optional<String> room,
                                       Optional<String> participantIdentity, Optional<String> participantName,
                                       Optional<String> url, Optional<Boolean> transcode) {
    }

    /** A new ingress; {@code password} is shown this once when the app requires RTMP passwords. */
    public record CreatedIngressView(IngressInfo ingress, Optional<String> password) {
    }

    public interface ManageIngressUseCase {
        /** Counts against the tenant's {@code maxConcurrentStreams}. */
        CreatedIngressView create(CreateIngressCommand command);

        /**
         * Checks an RTMP ingress password and, when it matches, lets the ingress publish.
         * An ingress without a password is always valid.
         */
        boolean validate(AppName app, String ingressId, String password);

        List<IngressInfo> list(AppName app);

        /** Not found unless the ingress publishes into one of the app's rooms. */
        IngressInfo get(AppName app, String ingressId);

        void delete(AppName app, String ingressId);
    }

    /** A stream with its live numbers when it is active and the media server answered. */
    public record StreamView(Stream stream, Optional<Integer> viewers, Optional<Integer> participants) {
    }

    public interface LiveStreamsUseCase {
        /** Active streams, newest first, after reconciling with the media server when it is reachable. */
        List<StreamView> active(AppName app);

        StreamView get(AppName app, String streamId);

        /** Stops the stream at the media server (kicks the publisher or deletes its ingress) and marks it ended. */
        void stop(AppName app, String streamId);
    }

    public interface ReceiveMediaEventUseCase {
        /**
         * Verifies the signature and queues the event; returns without waiting for its effects.
         *
         * @throws io.streamhub.domain.error.UnauthenticatedException when the signature does not verify
         */
        void receive(String body, String authorization);
    }
}
