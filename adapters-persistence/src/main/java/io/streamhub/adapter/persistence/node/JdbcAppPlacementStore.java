package io.streamhub.adapter.persistence.node;

import io.streamhub.application.port.out.AppPlacementStore;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.placement.AppPlacement;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Apps' pinned and denied nodes in the global store. */
@Singleton
public class JdbcAppPlacementStore implements AppPlacementStore {
    private final AppPlacementRows rows;

    JdbcAppPlacementStore(AppPlacementRows rows) {
        this.rows = rows;
    }

    @Override
    public AppPlacement get(AppName app) {
        return rows.findById(app.value()).map(r -> new AppPlacement(ids(r.pinned()), ids(r.denied()))).orElse(AppPlacement.ANYWHERE);
    }

    @Override
    public void save(AppName app, AppPlacement placement) {
        AppPlacementRow row = new AppPlacementRow(app.value(), lines(placement.pinned()), lines(placement.denied()));
        if (rows.existsById(row.appName())) {
            rows.update(row);
        } else {
            rows.save(row);
        }
    }

    private static Set<NodeId> ids(String lines) {
        return Arrays.stream(lines.split("\n")).filter(s -> !s.isBlank()).map(NodeId::new).collect(Collectors.toSet());
    }

    private static String lines(Set<NodeId> ids) {
        return ids.stream().map(NodeId::value).sorted().collect(Collectors.joining("\n"));
    }
}
