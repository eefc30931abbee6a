package io.streamhub.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamhub.application.port.out.PlacementStore;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.placement.RoomPlacement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PlacementStore} must do. Subclasses supply the store. */
public abstract class PlacementStoreContract {
    private static final AppName SHOP = new AppName("shop");
    private static final AppName BLOG = new AppName("blog");
    private static final NodeId N1 = new NodeId("00000000-0000-4000-8000-000000000001");
    private static final NodeId N2 = new NodeId("00000000-0000-4000-8000-000000000002");
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");

    private PlacementStore store;

    /** The store under test, holding no placement. Called before each test. */
    protected abstract PlacementStore emptyPlacementStore();

    @BeforeEach
    void startEmpty() {
        store = emptyPlacementStore();
    }

    @Test
    void findReturnsTheSavedPlacementWithItsReasonsInOrder() {
        RoomPlacement p = new RoomPlacement(SHOP, "live", N1, List.of("n1: chosen", "n2: draining"), AT);
        store.save(p);

        assertEquals(Optional.of(p), store.find(SHOP, "live"));
        assertEquals(Optional.empty(), store.find(BLOG, "live"));
    }

    @Test
    void savingTheSameRoomAgainReplacesItsNode() {
        store.save(new RoomPlacement(SHOP, "live", N1, List.of(), AT));
        store.save(new RoomPlacement(SHOP, "live", N2, List.of("moved"), AT.plusSeconds(5)));

        assertEquals(N2, store.find(SHOP, "live").orElseThrow().node());
        assertEquals(List.of(), store.onNode(N1));
    }

    @Test
    void forgetDropsOnlyThatAppsRoomAndForgettingTwiceIsHarmless() {
        store.save(new RoomPlacement(SHOP, "live", N1, List.of(), AT));
        store.save(new RoomPlacement(BLOG, "live", N1, List.of(), AT));

        store.forget(SHOP, "live");
        store.forget(SHOP, "live");

        assertEquals(Optional.empty(), store.find(SHOP, "live"));
        assertEquals(List.of(new RoomPlacement(BLOG, "live", N1, List.of(), AT)), store.onNode(N1));
    }

    @Test
    void onNodeListsEveryAppsRoomsOnThatNodeOnly() {
        store.save(new RoomPlacement(SHOP, "live", N1, List.of(), AT));
        store.save(new RoomPlacement(BLOG, "talk", N1, List.of(), AT));
        store.save(new RoomPlacement(SHOP, "other", N2, List.of(), AT));

        List<String> rooms = store.onNode(N1).stream().sorted(Comparator.comparing(RoomPlacement::room))
                .map(p -> p.app().value() + "/" + p.room()).toList();
        assertEquals(List.of("shop/live", "blog/talk"), rooms);
    }
}
