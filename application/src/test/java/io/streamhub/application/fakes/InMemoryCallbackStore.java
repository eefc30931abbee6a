package io.streamhub.application.fakes;

import io.streamhub.application.port.out.CallbackStore;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.CallbackEndpoint;
import io.streamhub.domain.callback.Delivery;
import io.streamhub.domain.callback.DeliveryLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** An outbox in memory, with the SQLite store's semantics (see CallbackStoreContract). */
public class InMemoryCallbackStore implements CallbackStore {
    private record Row(long seq, Delivery delivery) {
    }

    private final Map<AppName, Map<String, CallbackEndpoint>> endpoints = new HashMap<>();
    private final Map<AppName, Map<String, OutboxEvent>> events = new HashMap<>();
    private final Map<AppName, Map<String, Row>> rows = new HashMap<>();
    private final Map<AppName, Map<String, List<Delivery.Attempt>>> attempts = new HashMap<>();
    private long seq;

    @Override
    public synchronized List<CallbackEndpoint> endpoints(AppName app) {
        return List.copyOf(endpoints.getOrDefault(app, Map.of()).values());
    }

    @Override
    public synchronized Optional<CallbackEndpoint> endpoint(AppName app, String id) {
        return Optional.ofNullable(endpoints.getOrDefault(app, Map.of()).get(id));
    }

    @Override
    public synchronized void saveEndpoint(AppName app, CallbackEndpoint endpoint) {
        endpoints.computeIfAbsent(app, a -> new LinkedHashMap<>()).put(endpoint.id(), endpoint);
    }

    @Override
    public synchronized boolean deleteEndpoint(AppName app, String id) {
        rows.getOrDefault(app, new HashMap<>()).values().removeIf(r -> r.delivery().endpointId().equals(id));
        return endpoints.getOrDefault(app, new HashMap<>()).remove(id) != null;
    }

    @Override
    public synchronized void enqueue(AppName app, OutboxEvent event, List<Delivery> deliveries) {
        events.computeIfAbsent(app, a -> new HashMap<>()).put(event.id(), event);
        for (Delivery d : deliveries) {
            rows.computeIfAbsent(app, a -> new LinkedHashMap<>()).put(d.id(), new Row(++seq, d));
        }
    }

    @Override
    public synchronized List<Due> due(AppName app, Instant now, Set<String> endpointIds) {
        Set<String> seen = new HashSet<>();
        List<Due> due = new ArrayList<>();
        for (Row r : sorted(app, Comparator.comparingLong(Row::seq))) {
            boolean isDue = r.delivery().status() == Delivery.Status.PENDING && endpointIds.contains(r.delivery().endpointId())
                    && !r.delivery().nextAttemptAt().orElseThrow().isAfter(now);
            if (isDue && seen.add(r.delivery().endpointId())) {
                due.add(new Due(r.delivery(), events.get(app).get(r.delivery().eventId())));
            }
        }
        return due;
    }

    @Override
    public synchronized void recordAttempt(AppName app, Delivery after, Delivery.Attempt attempt) {
        update(app, after);
        attempts.computeIfAbsent(app, a -> new HashMap<>()).computeIfAbsent(after.id(), id -> new ArrayList<>()).add(attempt);
    }

    @Override
    public synchronized void update(AppName app, Delivery delivery) {
        rows.getOrDefault(app, new HashMap<>()).computeIfPresent(delivery.id(), (id, r) -> new Row(r.seq(), delivery));
    }

    @Override
    public synchronized Optional<Instant> nextDue(AppName app) {
        return rows.getOrDefault(app, Map.of()).values().stream()
                .filter(r -> r.delivery().status() == Delivery.Status.PENDING)
                .map(r -> r.delivery().nextAttemptAt().orElseThrow()).min(Comparator.naturalOrder());
    }

    @Override
    public synchronized DeliveryLog.Page deliveries(AppName app, DeliveryLog.Query q) {
        Predicate<Row> matches = r -> q.event().map(e -> e.equals(eventOf(app, r).event())).orElse(true)
                && q.status().map(s -> s == r.delivery().status()).orElse(true)
                && q.endpointId().map(e -> e.equals(r.delivery().endpointId())).orElse(true)
                && q.since().map(s -> !r.delivery().createdAt().isBefore(s)).orElse(true)
                && q.until().map(u -> r.delivery().createdAt().isBefore(u)).orElse(true);
        List<Row> all = sorted(app, Comparator.comparing((Row r) -> r.delivery().createdAt()).thenComparingLong(Row::seq).reversed())
                .stream().filter(matches).toList();
        List<DeliveryLog.Entry> page = all.stream().skip(q.offset()).limit(q.limit()).map(r -> entry(app, r)).toList();
        return new DeliveryLog.Page(page, all.size());
    }

    @Override
    public synchronized Optional<DeliveryLog.Entry> delivery(AppName app, String deliveryId) {
        return Optional.ofNullable(rows.getOrDefault(app, Map.of()).get(deliveryId)).map(r -> entry(app, r));
    }

    @Override
    public synchronized Backlog backlog(AppName app) {
        List<Row> pending = rows.getOrDefault(app, Map.of()).values().stream()
                .filter(r -> r.delivery().status() == Delivery.Status.PENDING).toList();
        return new Backlog(pending.size(), pending.stream().map(r -> r.delivery().createdAt()).min(Comparator.naturalOrder()));
    }

    @Override
    public synchronized int prune(AppName app, Instant deliveredBefore, Instant deadBefore) {
        Map<String, Row> appRows = rows.getOrDefault(app, new HashMap<>());
        int before = appRows.size();
        appRows.values().removeIf(r -> r.delivery().status() == Delivery.Status.DELIVERED && r.delivery().createdAt().isBefore(deliveredBefore)
                || r.delivery().status() == Delivery.Status.DEAD && r.delivery().createdAt().isBefore(deadBefore));
        return before - appRows.size();
    }

    private OutboxEvent eventOf(AppName app, Row r) {
        return events.get(app).get(r.delivery().eventId());
    }

    private DeliveryLog.Entry entry(AppName app, Row r) {
        OutboxEvent event = eventOf(app, r);
        return new DeliveryLog.Entry(r.delivery(), event.event(), event.room(),
                List.copyOf(attempts.getOrDefault(app, Map.of()).getOrDefault(r.delivery().id(), List.of())));
    }

    private List<Row> sorted(AppName app, Comparator<Row> order) {
        return rows.getOrDefault(app, Map.of()).values().stream().sorted(order).toList();
    }
}
