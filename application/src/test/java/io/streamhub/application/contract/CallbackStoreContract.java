package io.streamhub.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.CallbackStore;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.CallbackEndpoint;
import io.streamhub.domain.callback.Delivery;
import io.streamhub.domain.callback.DeliveryLog;
import io.streamhub.domain.callback.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CallbackStore} must do. Subclasses supply a store where apps shop and blog exist. */
public abstract class CallbackStoreContract {
    protected static final AppName SHOP = new AppName("shop");
    protected static final AppName BLOG = new AppName("blog");
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));
    private static final DeliveryLog.Query ALL = new DeliveryLog.Query(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), 50, 0);

    private static final Set<String> EVERY = Set.of("a", "b", "c");

    private CallbackStore store;

    /** The store under test, empty, with the workspaces of {@link #SHOP} and {@link #BLOG}. Called before each test. */
    protected abstract CallbackStore emptyCallbackStore();

    @BeforeEach
    void startEmpty() {
        store = emptyCallbackStore();
    }

    private static CallbackEndpoint endpoint(String id, Instant created, String... events) {
        return new CallbackEndpoint(id, "https://hooks.example.com/" + id, Set.of(events), true, "d-" + id, created);
    }

    private void event(AppName app, String eventId, String name, Instant at, String... endpoints) {
        List<Delivery> deliveries = java.util.Arrays.stream(endpoints).map(e -> Delivery.first(eventId + "-" + e, eventId, e, at)).toList();
        store.enqueue(app, new CallbackStore.OutboxEvent(eventId, name, Optional.of("room-1"), at, "{\"id\":\"" + eventId + "\"}"), deliveries);
    }

    private static Delivery.Attempt attempt(Delivery d, Instant at, int status) {
        return new Delivery.Attempt(d.attempts() + 1, at, status == 0 ? OptionalInt.empty() : OptionalInt.of(status), 7,
                status == 0 ? Optional.of("connection refused") : Optional.empty());
    }

    @Test
    void endpointsAreSavedReplacedListedAndDeletedPerApp() {
        CallbackEndpoint a = endpoint("a", T0, "stream_started");
        store.saveEndpoint(SHOP, a);
        store.saveEndpoint(SHOP, endpoint("b", T0.plusSeconds(1)));
        CallbackEndpoint a2 = new CallbackEndpoint("a", "https://other.example.com/x", Set.of(), false, "", T0);
        store.saveEndpoint(SHOP, a2);

        assertEquals(Optional.of(a2), store.endpoint(SHOP, "a"));
        assertEquals(List.of("a", "b"), store.endpoints(SHOP).stream().map(CallbackEndpoint::id).sorted().toList());
        assertEquals(List.of(), store.endpoints(BLOG));
        assertEquals(Optional.empty(), store.endpoint(BLOG, "a"));
        assertTrue(store.deleteEndpoint(SHOP, "a"));
        assertFalse(store.deleteEndpoint(SHOP, "a"));
        assertEquals(Optional.empty(), store.endpoint(SHOP, "a"));
    }

    @Test
    void dueGivesTheOldestDueDeliveryOfEachEndpointWithItsEventBody() {
        event(SHOP, "e1", "stream_started", T0, "a", "b");
        event(SHOP, "e2", "stream_ended", T0.plusSeconds(1), "a");
        event(BLOG, "e3", "room_started", T0, "a");

        List<CallbackStore.Due> due = store.due(SHOP, T0.plusSeconds(2), EVERY);
        assertEquals(List.of("e1-a", "e1-b"), due.stream().map(d -> d.delivery().id()).sorted().toList());
        CallbackStore.Due first = due.stream().filter(d -> d.delivery().id().equals("e1-a")).findFirst().orElseThrow();
        assertEquals("{\"id\":\"e1\"}", first.event().body());
        assertEquals("stream_started", first.event().event());
        assertEquals(Optional.of("room-1"), first.event().room());
        assertEquals(T0, first.event().ts());
        assertEquals(Delivery.first("e1-a", "e1", "a", T0), first.delivery());
        assertEquals(List.of(), store.due(SHOP, T0.minusSeconds(1), EVERY), "nothing is due before its time");
    }

    @Test
    void dueLooksOnlyAtTheGivenEndpointsSoABusyOneCostsNothing() {
        event(SHOP, "e1", "stream_started", T0, "a");
        event(SHOP, "e2", "stream_ended", T0.plusSeconds(1), "a", "b");

        assertEquals(List.of("e2-b"), store.due(SHOP, T0.plusSeconds(5), Set.of("b")).stream().map(d -> d.delivery().id()).toList());
        assertEquals(List.of(), store.due(SHOP, T0.plusSeconds(5), Set.of()));
        assertEquals(Optional.of(T0), store.nextDue(SHOP));
    }

    @Test
    void anAttemptIsRecordedWithTheNewStateAndReleasesTheDelivery() {
        event(SHOP, "e1", "stream_started", T0, "a");
        Delivery d = store.due(SHOP, T0, EVERY).get(0).delivery();
        Delivery.Attempt failed = attempt(d, T0, 503);
        Delivery retrying = d.after(failed, POLICY, 0.0);
        store.recordAttempt(SHOP, retrying, failed);

        assertEquals(Optional.of(T0.plusSeconds(5)), store.nextDue(SHOP));
        assertEquals(List.of(), store.due(SHOP, T0.plusSeconds(4), EVERY));
        Delivery again = store.due(SHOP, T0.plusSeconds(5), EVERY).get(0).delivery();
        assertEquals(retrying, again);

        Delivery.Attempt ok = attempt(again, T0.plusSeconds(5), 200);
        store.recordAttempt(SHOP, again.after(ok, POLICY, 0.0), ok);
        DeliveryLog.Entry entry = store.delivery(SHOP, "e1-a").orElseThrow();
        assertEquals(Delivery.Status.DELIVERED, entry.delivery().status());
        assertEquals(2, entry.delivery().attempts());
        assertEquals(List.of(failed, ok), entry.attempts());
        assertEquals("stream_started", entry.event());
        assertEquals(Optional.empty(), store.nextDue(SHOP));
        assertEquals(Optional.empty(), store.delivery(BLOG, "e1-a"));
    }

    @Test
    void theLogFiltersByEventStatusEndpointAndTimeAndPagesNewestFirst() {
        event(SHOP, "e1", "stream_started", T0, "a", "b");
        event(SHOP, "e2", "stream_ended", T0.plusSeconds(10), "a");
        event(SHOP, "e3", "stream_started", T0.plusSeconds(20), "a");
        Delivery d = store.delivery(SHOP, "e1-b").orElseThrow().delivery();
        Delivery.Attempt gone = attempt(d, T0.plusSeconds(1), 410);
        store.recordAttempt(SHOP, d.after(gone, POLICY, 0.5), gone);

        DeliveryLog.Page all = store.deliveries(SHOP, ALL);
        assertEquals(4, all.total());
        assertEquals(List.of("e3-a", "e2-a"), all.items().subList(0, 2).stream().map(e -> e.delivery().id()).toList());
        assertEquals(List.of("e3-a", "e1-a"), ids(new DeliveryLog.Query(Optional.of("stream_started"), Optional.empty(),
                Optional.of("a"), Optional.empty(), Optional.empty(), 50, 0)));
        assertEquals(List.of("e1-b"), ids(new DeliveryLog.Query(Optional.empty(), Optional.of(Delivery.Status.DEAD),
                Optional.empty(), Optional.empty(), Optional.empty(), 50, 0)));
        assertEquals(List.of("e2-a"), ids(new DeliveryLog.Query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(T0.plusSeconds(5)), Optional.of(T0.plusSeconds(15)), 50, 0)));
        DeliveryLog.Page second = store.deliveries(SHOP, new DeliveryLog.Query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 2, 2));
        assertEquals(4, second.total());
        assertEquals(2, second.items().size());
        assertEquals(0, store.deliveries(BLOG, ALL).total());
    }

    private List<String> ids(DeliveryLog.Query q) {
        return store.deliveries(SHOP, q).items().stream().map(e -> e.delivery().id()).toList();
    }

    @Test
    void aRedeliveryIsStoredAndDueAgain() {
        event(SHOP, "e1", "stream_started", T0, "a");
        Delivery d = store.due(SHOP, T0, EVERY).get(0).delivery();
        Delivery.Attempt gone = attempt(d, T0, 410);
        Delivery dead = d.after(gone, POLICY, 0.5);
        store.recordAttempt(SHOP, dead, gone);
        assertEquals(List.of(), store.due(SHOP, T0.plusSeconds(60), EVERY));

        store.update(SHOP, dead.redeliver(T0.plusSeconds(60)));
        assertEquals(dead.redeliver(T0.plusSeconds(60)), store.due(SHOP, T0.plusSeconds(60), EVERY).get(0).delivery());
    }

    @Test
    void deletingAnEndpointDeletesItsDeliveries() {
        store.saveEndpoint(SHOP, endpoint("a", T0));
        store.saveEndpoint(SHOP, endpoint("b", T0));
        event(SHOP, "e1", "stream_started", T0, "a", "b");
        store.deleteEndpoint(SHOP, "a");
        assertEquals(List.of("e1-b"), store.deliveries(SHOP, ALL).items().stream().map(e -> e.delivery().id()).toList());
    }

    @Test
    void theBacklogCountsPendingDeliveriesAndTheOldest() {
        assertEquals(new CallbackStore.Backlog(0, Optional.empty()), store.backlog(SHOP));
        event(SHOP, "e1", "stream_started", T0, "a");
        event(SHOP, "e2", "stream_ended", T0.plusSeconds(3), "a", "b");
        Delivery d = store.delivery(SHOP, "e1-a").orElseThrow().delivery();
        Delivery.Attempt ok = attempt(d, T0.plusSeconds(4), 200);
        store.recordAttempt(SHOP, d.after(ok, POLICY, 0.5), ok);
        assertEquals(new CallbackStore.Backlog(2, Optional.of(T0.plusSeconds(3))), store.backlog(SHOP));
        assertEquals(new CallbackStore.Backlog(0, Optional.empty()), store.backlog(BLOG));
    }

    @Test
    void pruneDropsOldDeliveredRowsAndOlderDeadLettersButNeverPendingOnes() {
        event(SHOP, "e1", "stream_started", T0, "a");
        event(SHOP, "e2", "stream_started", T0, "b");
        event(SHOP, "e3", "stream_started", T0, "c");
        Delivery d1 = store.delivery(SHOP, "e1-a").orElseThrow().delivery();
        Delivery.Attempt ok = attempt(d1, T0, 200);
        store.recordAttempt(SHOP, d1.after(ok, POLICY, 0.5), ok);
        Delivery d2 = store.delivery(SHOP, "e2-b").orElseThrow().delivery();
        Delivery.Attempt gone = attempt(d2, T0, 410);
        store.recordAttempt(SHOP, d2.after(gone, POLICY, 0.5), gone);

        assertEquals(1, store.prune(SHOP, T0.plusSeconds(1), T0));
        assertEquals(List.of("e3-c", "e2-b"), store.deliveries(SHOP, ALL).items().stream().map(e -> e.delivery().id()).toList());
        assertEquals(1, store.prune(SHOP, T0.plusSeconds(1), T0.plusSeconds(1)));
        assertEquals(List.of("e3-c"), store.deliveries(SHOP, ALL).items().stream().map(e -> e.delivery().id()).toList());
    }
}
