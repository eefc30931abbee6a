package io.streamhub.application.fakes;

import io.streamhub.application.port.out.PlacementStore;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.placement.RoomPlacement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryPlacementStore implements PlacementStore {
    private final Map<String, RoomPlacement> placements = new ConcurrentHashMap<>();

    @Override
    public void save(RoomPlacement placement) {
        placements.put(placement.app() + "/" + placement.room(), placement);
    }

    @Override
    public Optional<RoomPlacement> find(AppName app, String room) {
        return Optional.ofNullable(placements.get(app + "/" + room));
    }

    @Override
    public void forget(AppName app, String room) {
        placements.remove(app + "/" + room);
    }

    @Override
    public List<RoomPlacement> onNode(NodeId node) {
        return placements.values().stream().filter(p -> p.node().equals(node)).toList();
    }
}
