package io.streamhub.application.service;

import io.streamhub.application.port.in.MediaUseCases;
import io.streamhub.application.port.out.AppPlacementStore;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.ControlPlaneMetrics;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.port.out.NodeRegistry;
import io.streamhub.application.port.out.PlacementStore;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.placement.AppPlacement;
import io.streamhub.domain.placement.PlacementDecision;
import io.streamhub.domain.placement.PlacementPolicy;
import io.streamhub.domain.placement.PlacementRequest;
import io.streamhub.domain.placement.RoomPlacement;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.room.RoomSpec;
import io.streamhub.domain.room.TrackInfo;
import io.streamhub.domain.stream.StreamLedger;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * An app's rooms and participants at the media server; another app's rooms are never reached. When
 * nodes are registered, a new room is placed by the domain's {@link PlacementPolicy} and pinned to
 * the chosen node through LiveKit's {@code node_id}; with no registry (a single node) LiveKit decides.
 */
public final class RoomService implements MediaUseCases.ManageRoomsUseCase {
    private final AppRepository apps;
    private final MediaServerGateway media;
    private final NodeRegistry nodes;
    private final PlacementStore placements;
    private final AppPlacementStore appPlacements;
    private final PlacementPolicy policy;
    private final Clock clock;
    private final ControlPlaneMetrics metrics;

    public RoomService(AppRepository apps, MediaServerGateway media, NodeRegistry nodes, PlacementStore placements,
                       AppPlacementStore appPlacements, PlacementPolicy policy, Clock clock, ControlPlaneMetrics metrics) {
        this.apps = apps;
        this.media = media;
        this.nodes = nodes;
        this.placements = placements;
        this.appPlacements = appPlacements;
        this.policy = policy;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public List<MediaUseCases.RoomView> listRooms(AppName name) {
        App app = AppLookup.require(apps, name);
        return media.listRooms(List.of()).stream()
                .filter(room -> app.roomPrefix().owns(room.name()))
                .map(room -> counted(name, room))
                .toList();
    }

    @Override
    public MediaUseCases.RoomView createRoom(MediaUseCases.CreateRoomCommand command) {
        App app = AppLookup.require(apps, command.app());
        String name = app.roomPrefix().namespace(command.room());
        Optional<Placed> placed = place(app, name, command.region());
        RoomInfo room = media.createRoom(new RoomSpec(name, command.emptyTimeoutSeconds(), command.maxParticipants(),
                command.metadata(), placed.flatMap(p -> p.node().mediaNodeId())));
        placed.ifPresent(p -> placements.save(new RoomPlacement(app.name(), name, p.node().id(), p.reasons(), clock.instant())));
        return new MediaUseCases.RoomView(room, 0, placed.map(p -> p.node().id()));
    }

    private record Placed(Node node, List<String> reasons) {
    }

    /** Empty when no node is registered: a single LiveKit places its own rooms. */
    private Optional<Placed> place(App app, String room, Optional<String> region) {
        List<Node> registered = nodes.all().stream().map(NodeRegistry.RegisteredNode::node).toList();
        if (registered.isEmpty()) {
            return Optional.empty();
        }
        PlacementDecision decision = policy.decide(PlacementRequest.of(room, region), registered, appPlacements.get(app.name()),
                clock.instant());
        metrics.placementDecided(decision instanceof PlacementDecision.Placed);
        if (decision instanceof PlacementDecision.Placed placed) {
            Node node = registered.stream().filter(n -> n.id().equals(placed.node())).findFirst().orElseThrow();
            return Optional.of(new Placed(node, placed.reasons()));
        }
        throw new UnavailableException("no_capacity", "no node can take room " + room + ": " + String.join("; ", decision.reasons()));
    }

    @Override
    public MediaUseCases.RoomView room(AppName name, String room) {
        String full = roomOf(name, room);
        RoomInfo info = media.listRooms(List.of(full)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("room", full));
        return counted(name, info);
    }

    /**
     * The room's participant, publisher and viewer counts from its participant list, never from the room list:
     * LiveKit's ListRooms counts lag (a room full of people read as 0 participants), ListParticipants is exact.
     */
    private MediaUseCases.RoomView counted(AppName app, RoomInfo room) {
        List<ParticipantInfo> present = media.listParticipants(room.name());
        return new MediaUseCases.RoomView(room.countedFrom(present), StreamLedger.viewers(present), nodeOf(app, room.name()));
    }

    @Override
    public RoomPlacement placement(AppName name, String room) {
        String full = roomOf(name, room);
        return placements.find(name, full).orElseThrow(() -> new NotFoundException("placement of room", full));
    }

    @Override
    public AppPlacement nodesFor(AppName app) {
        return appPlacements.get(AppLookup.require(apps, app).name());
    }

    /** Pinning to or denying a node that is not registered is refused: it is almost always a typo. */
    @Override
    public AppPlacement setNodesFor(AppName app, AppPlacement placement) {
        AppLookup.require(apps, app);
        for (NodeId id : placement.pinned()) {
            nodes.find(id).orElseThrow(() -> new InvalidInputException("pinned", "node " + id + " is not registered"));
        }
        for (NodeId id : placement.denied()) {
            nodes.find(id).orElseThrow(() -> new InvalidInputException("denied", "node " + id + " is not registered"));
        }
        appPlacements.save(app, placement);
        return placement;
    }

    private Optional<NodeId> nodeOf(AppName app, String room) {
        return placements.find(app, room).map(RoomPlacement::node);
    }

    @Override
    public void deleteRoom(AppName name, String room) {
        String full = roomOf(name, room);
        if (!media.deleteRoom(full)) {
            throw new NotFoundException("room", full);
        }
        placements.forget(name, full);
    }

    @Override
    public List<ParticipantInfo> participants(AppName name, String room) {
        return media.listParticipants(roomOf(name, room));
    }

    @Override
    public TrackInfo mute(MediaUseCases.MuteCommand command) {
        String full = roomOf(command.app(), command.room());
        return media.mutePublishedTrack(full, command.identity(), command.trackSid(), command.muted())
                .orElseThrow(() -> new NotFoundException("track", full + "/" + command.identity() + "/" + command.trackSid()));
    }

    @Override
    public void kick(AppName name, String room, String identity) {
        String full = roomOf(name, room);
        if (!media.removeParticipant(full, identity)) {
            throw new NotFoundException("participant", full + "/" + identity);
        }
    }

    private String roomOf(AppName name, String room) {
        return AppLookup.require(apps, name).roomPrefix().namespace(room);
    }
}
