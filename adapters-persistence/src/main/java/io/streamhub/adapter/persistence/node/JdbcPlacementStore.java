package io.streamhub.adapter.persistence.node;

import io.streamhub.application.port.out.PlacementStore;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.placement.RoomPlacement;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Room → node placements in the global store; the decision's reasons are kept one per line. */
@Singleton
public class JdbcPlacementStore implements PlacementStore {
    private final PlacementRows rows;

    JdbcPlacementStore(PlacementRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(RoomPlacement p) {
        PlacementRow row = new PlacementRow(idOf(p.app(), p.room()), p.app().value(), p.room(), p.node().value(),
                String.join("\n", p.reasons().stream().map(r -> r.replace('\n', ' ')).toList()), p.decidedAt());
        if (rows.existsById(row.id())) {
            rows.update(row);
        } else {
            rows.save(row);
        }
    }

    @Override
    public Optional<RoomPlacement> find(AppName app, String room) {
        return rows.findById(idOf(app, room)).map(JdbcPlacementStore::toDomain);
    }

    @Override
    public void forget(AppName app, String room) {
        rows.deleteById(idOf(app, room));
    }

    @Override
    public List<RoomPlacement> onNode(NodeId node) {
        return rows.findByNodeId(node.value()).stream().map(JdbcPlacementStore::toDomain).toList();
    }

    private static RoomPlacement toDomain(PlacementRow r) {
        return new RoomPlacement(new AppName(r.appName()), r.room(), new NodeId(r.nodeId()),
                r.reasons().isEmpty() ? List.of() : List.of(r.reasons().split("\n")), r.decidedAt());
    }

    private static String idOf(AppName app, String room) {
        return app.value() + "/" + room;
    }
}
