package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.CallbackEndpoint;
import io.streamhub.domain.callback.Delivery;
import io.streamhub.domain.callback.DeliveryLog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An app's callback endpoints and its outbox (events, one delivery per event and endpoint, and
 * every attempt), in the app's own database so events commit with the state change that caused them.
 */
public interface CallbackStore {

    /** An event as it is sent: the envelope was serialized once and is signed byte for byte. */
    record OutboxEvent(String id, String event, Optional<String> room, Instant ts, String body) {
    }

    /** A delivery to attempt now, with its event. */
    record Due(Delivery delivery, OutboxEvent event) {
    }

    /** Undelivered work: pending deliveries and the creation time of the oldest. */
    record Backlog(long pending, Optional<Instant> oldestPending) {
    }

    List<CallbackEndpoint> endpoints(AppName app);

    Optional<CallbackEndpoint> endpoint(AppName app, String id);

    /** Inserts or replaces the endpoint with the same id. */
    void saveEndpoint(AppName app, CallbackEndpoint endpoint);

    /** Deletes the endpoint and its deliveries; false when there was none. */
    boolean deleteEndpoint(AppName app, String id);

    /** Records the event and its deliveries (joins the caller's {@link AppTransactions} transaction). */
    void enqueue(AppName app, OutboxEvent event, List<Delivery> deliveries);

    /** The oldest pending delivery due at {@code now} of each of {@code endpointIds}, oldest first. */
    List<Due> due(AppName app, Instant now, Set<String> endpointIds);

    /** Stores the delivery's new state and the attempt that led to it. */
    void recordAttempt(AppName app, Delivery after, Delivery.Attempt attempt);

    /** Stores a state change without an attempt (a redelivery). */
    void update(AppName app, Delivery delivery);

    /** The earliest next attempt of a pending delivery. */
    Optional<Instant> nextDue(AppName app);

    DeliveryLog.Page deliveries(AppName app, DeliveryLog.Query query);

    Optional<DeliveryLog.Entry> delivery(AppName app, String deliveryId);

    Backlog backlog(AppName app);

    /** Deletes delivered deliveries older than {@code deliveredBefore}, dead letters older than {@code deadBefore}. */
    int prune(AppName app, Instant deliveredBefore, Instant deadBefore);
}
