package io.streamhub.application.service;

import io.streamhub.application.port.out.AppTransactions;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.CallbackMetrics;
import io.streamhub.application.port.out.CallbackStore;
import io.streamhub.application.port.out.EventEncoder;
import io.streamhub.application.port.out.IdGenerator;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.CallbackEndpoint;
import io.streamhub.domain.callback.Delivery;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an app's event into outbox rows: the envelope is serialized once and one delivery is
 * recorded per endpoint that takes the event, in the caller's transaction on the app's database.
 * The dispatcher is woken once that transaction commits. Nothing is sent from here.
 */
public final class CallbackPublisher {
    private final AppWorkspace workspace;
    private final CallbackStore store;
    private final EventEncoder encoder;
    private final AppTransactions transactions;
    private final CallbackDispatcher dispatcher;
    private final CallbackMetrics metrics;
    private final IdGenerator ids;
    private final Clock clock;

    public CallbackPublisher(AppWorkspace workspace, CallbackStore store, EventEncoder encoder, AppTransactions transactions,
                             CallbackDispatcher dispatcher, CallbackMetrics metrics, IdGenerator ids, Clock clock) {
        this.workspace = workspace;
        this.store = store;
        this.encoder = encoder;
        this.transactions = transactions;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Records {@code event} for every endpoint of {@code app} that takes it.
     *
     * @param data the payload: strings, numbers, booleans, lists, maps and nulls only
     * @return the event id, or empty when no endpoint takes the event (counted as dropped)
     */
    public Optional<String> publish(AppName app, String event, Optional<String> room, Map<String, Object> data) {
        List<String> targets = targetsOf(app, event);
        if (targets.isEmpty()) {
            metrics.dropped(app, event);
            return Optional.empty();
        }
        Instant now = clock.instant();
        String id = ids.uuid().toString();
        String ts = DateTimeFormatter.ISO_INSTANT.format(now);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id);
        envelope.put("event", event);
        envelope.put("app", app.value());
        envelope.put("room", room.orElse(null));
        envelope.put("ts", ts);
        envelope.put("timestamp", ts);
        envelope.put("data", data);
        List<Delivery> deliveries = targets.stream().map(endpoint -> Delivery.first(ids.uuid().toString(), id, endpoint, now)).toList();
        store.enqueue(app, new CallbackStore.OutboxEvent(id, event, room, now, encoder.encode(envelope)), deliveries);
        transactions.afterCommit(() -> dispatcher.wake(app));
        return Optional.of(id);
    }

    /** Whether some endpoint of {@code app} takes {@code event} (a read only: callers skip a write transaction when not). */
    public boolean wanted(AppName app, String event) {
        return !targetsOf(app, event).isEmpty();
    }

    private List<String> targetsOf(AppName app, String event) {
        List<String> targets = new ArrayList<>();
        if (!workspace.readConfig(app).callbacks().url().isBlank()) {
            targets.add(CallbackEndpoint.CONFIG_ID);
        }
        store.endpoints(app).stream().filter(e -> e.accepts(event)).forEach(e -> targets.add(e.id()));
        return targets;
    }
}
