package io.streamhub.application.service;

import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.CallbackMetrics;
import io.streamhub.application.port.out.CallbackSender;
import io.streamhub.application.port.out.CallbackStore;
import io.streamhub.application.port.out.SecretStore;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.CallbackEndpoint;
import io.streamhub.domain.callback.CallbackUrl;
import io.streamhub.domain.callback.Delivery;
import io.streamhub.domain.callback.RetryPolicy;
import io.streamhub.domain.callback.WebhookSignature;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;

/**
 * Delivers the outbox. One loop thread calls {@link #dispatchDue()} and sleeps in {@link #await}
 * until the next attempt is due or something is published or finished; attempts run on the
 * sender's threads, so a receiver that hangs holds only its own endpoint.
 * <p>
 * Ordering: an endpoint has at most one attempt in flight and gets its due deliveries oldest
 * first, so a healthy receiver sees an app's events in order. A delivery waiting for a retry does
 * not hold back later ones: after a failure, events can arrive out of order (receivers order by
 * {@code ts} and dedupe by {@code id}).
 */
public final class CallbackDispatcher {
    private static final System.Logger LOG = System.getLogger(CallbackDispatcher.class.getName());
    static final String USER_AGENT = "streamhub-core/callbacks";
    static final Duration IDLE_POLL = Duration.ofSeconds(5);

    private final AppRepository apps;
    private final AppWorkspace workspace;
    private final CallbackStore store;
    private final CallbackSender sender;
    private final SecretStore secrets;
    private final CallbackMetrics metrics;
    private final RetryPolicy policy;
    private final Clock clock;
    private final DoubleSupplier jitter;
    /** Apps with pending work, and when their earliest delivery is due. */
    private final Map<AppName, Instant> nextDue = new ConcurrentHashMap<>();
    /** {@code app \n endpoint} of every attempt in flight. */
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    /** URL and secret of stored endpoints, by {@code app \n endpoint}. */
    private final Map<String, Optional<Target>> targets = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private boolean signalled;

    public CallbackDispatcher(AppRepository apps, AppWorkspace workspace, CallbackStore store, CallbackSender sender,
                              SecretStore secrets, CallbackMetrics metrics, RetryPolicy policy, Clock clock, DoubleSupplier jitter) {
        this.apps = apps;
        this.workspace = workspace;
        this.store = store;
        this.sender = sender;
        this.secrets = secrets;
        this.metrics = metrics;
        this.policy = policy;
        this.clock = clock;
        this.jitter = jitter;
    }

    /**
     * At start: learns every app's pending work. An attempt cut short by a crash left its delivery
     * pending and due, so it runs again (at least once, same id).
     */
    public void recover() {
        for (App app : apps.findAll()) {
            store.nextDue(app.name()).ifPresent(t -> nextDue.merge(app.name(), t, CallbackDispatcher::earlier));
        }
    }

    /** Something was published for {@code app}: look at it on the next pass. */
    public void wake(AppName app) {
        nextDue.merge(app, clock.instant(), CallbackDispatcher::earlier);
        signal();
    }

    /**
     * Starts every attempt that is due and whose endpoint is free.
     *
     * @return how long the loop may wait before the next pass (it is woken earlier by {@link #wake})
     */
    public Duration dispatchDue() {
        Instant now = clock.instant();
        Instant wakeAt = now.plus(IDLE_POLL);
        for (AppName app : Set.copyOf(nextDue.keySet())) {
            Instant due = nextDue.get(app);
            if (due == null) {
                continue;
            }
            if (due.isAfter(now)) {
                continue;
            }
            nextDue.remove(app, due);
            if (apps.findByName(app).isEmpty()) {
                continue; // a deleted app's outbox stays in its files (unless purged) but is never sent
            }
            try {
                for (CallbackStore.Due d : store.due(app, now, freeEndpoints(app))) {
                    String key = key(app, d.delivery().endpointId());
                    if (busy.add(key)) {
                        start(app, d, key);
                    }
                }
                // due work of a busy endpoint waits for that endpoint's attempt, which signals when done
                store.nextDue(app).filter(t -> t.isAfter(now)).ifPresent(t -> nextDue.merge(app, t, CallbackDispatcher::earlier));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "cannot dispatch the callbacks of app " + app + "; retrying later", e);
                nextDue.merge(app, now.plus(IDLE_POLL), CallbackDispatcher::earlier);
            }
        }
        for (Instant due : nextDue.values()) {
            if (due.isAfter(now)) {
                wakeAt = earlier(wakeAt, due);
            }
        }
        Duration wait = Duration.between(clock.instant(), wakeAt);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Waits up to {@code timeout}, or until something was published or an attempt finished. */
    public void await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (signal) {
            while (!signalled) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                signal.wait(Math.max(1, left / 1_000_000));
            }
            signalled = false;
        }
    }

    /** Deletes delivered rows and dead letters past their retention in every app. */
    public int prune(Duration keepDelivered, Duration keepDead) {
        Instant now = clock.instant();
        int pruned = 0;
        for (App app : apps.findAll()) {
            pruned += store.prune(app.name(), now.minus(keepDelivered), now.minus(keepDead));
        }
        return pruned;
    }

    /** How many attempts are in flight (for tests and metrics). */
    public int inFlight() {
        return busy.size();
    }

    private void start(AppName app, CallbackStore.Due due, String key) {
        Delivery delivery = due.delivery();
        try {
            Optional<Target> target = targetOf(app, delivery.endpointId());
            if (target.isEmpty()) {
                store.update(app, delivery.undeliverable(CallbackEndpoint.CONFIG_ID.equals(delivery.endpointId())
                        ? "the app config has no callbacks.url" : "endpoint " + delivery.endpointId() + " was deleted or disabled"));
                metrics.failed(app, due.event().event(), true);
                release(key);
                return;
            }
            Instant sentAt = clock.instant();
            CallbackStore.OutboxEvent event = due.event();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("content-type", "application/json");
            headers.put("user-agent", USER_AGENT);
            headers.putAll(WebhookSignature.headers(event.id(), event.event(), event.ts(), sentAt, event.body(), target.get().secret()));
            sender.send(new CallbackSender.Request(target.get().url(), headers, event.body()))
                    .whenComplete((response, error) -> finish(app, due, key, sentAt, response != null ? response
                            : new CallbackSender.Response(java.util.OptionalInt.empty(), 0, Optional.of(String.valueOf(error)))));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot start callback delivery " + delivery.id() + " of app " + app, e);
            nextDue.merge(app, clock.instant().plus(IDLE_POLL), CallbackDispatcher::earlier);
            release(key);
        }
    }

    private void finish(AppName app, CallbackStore.Due due, String key, Instant sentAt, CallbackSender.Response response) {
        boolean recorded = false;
        try {
            Delivery.Attempt attempt = new Delivery.Attempt(due.delivery().attempts() + 1, sentAt, response.status(),
                    response.latencyMillis(), response.error());
            Delivery after = due.delivery().after(attempt, policy, jitter.getAsDouble());
            store.recordAttempt(app, after, attempt);
            recorded = true;
            if (after.status() == Delivery.Status.DELIVERED) {
                metrics.delivered(app, due.event().event(), Duration.between(due.event().ts(), clock.instant()));
            } else {
                metrics.failed(app, due.event().event(), after.status() == Delivery.Status.DEAD);
                LOG.log(System.Logger.Level.WARNING, "callback {0} ({1}) of app {2}, attempt {3}: {4}; {5}", due.delivery().id(),
                        due.event().event(), app, attempt.number(), after.lastError().orElse("failed"),
                        after.status() == Delivery.Status.DEAD ? "dead letter" : "retry at " + after.nextAttemptAt().orElseThrow());
            }
            after.nextAttemptAt().ifPresent(t -> nextDue.merge(app, t, CallbackDispatcher::earlier));
            // the endpoint's next due delivery goes out from here, without a pass of the loop
            Optional<CallbackStore.Due> next = store.due(app, clock.instant(), Set.of(due.delivery().endpointId())).stream().findFirst();
            if (next.isPresent()) {
                start(app, next.get(), key);
                return;
            }
        } catch (RuntimeException e) {
            // the delivery stays pending and due: a later pass runs it again (at least once, same id)
            LOG.log(System.Logger.Level.ERROR, "cannot record callback attempt of delivery " + due.delivery().id(), e);
        }
        nextDue.merge(app, recorded ? clock.instant() : clock.instant().plus(IDLE_POLL), CallbackDispatcher::earlier);
        release(key);
    }

    private record Target(URI url, String secret) {
    }

    /** An endpoint changed or went away: its URL and secret are read again for the next attempt. */
    public void endpointChanged(AppName app, String endpointId) {
        targets.remove(key(app, endpointId));
    }

    private Optional<Target> targetOf(AppName app, String endpointId) {
        if (!CallbackEndpoint.CONFIG_ID.equals(endpointId)) {
            // stored endpoints change only through CallbackService, which calls endpointChanged
            return targets.computeIfAbsent(key(app, endpointId), k -> readTarget(app, endpointId));
        }
        return readTarget(app, endpointId);
    }

    private Optional<Target> readTarget(AppName app, String endpointId) {
        if (CallbackEndpoint.CONFIG_ID.equals(endpointId)) {
            String url = workspace.readConfig(app).callbacks().url();
            return url.isBlank() ? Optional.empty() : Optional.of(new Target(CallbackUrl.parse("callbacks.url", url).uri(),
                    secrets.get(app, AppService.CALLBACK_SECRET).orElse("")));
        }
        return store.endpoint(app, endpointId).filter(CallbackEndpoint::enabled)
                .map(e -> new Target(CallbackUrl.parse("url", e.url()).uri(), secrets.get(app, CallbackService.secretKey(e.id())).orElse("")));
    }

    /** The app's endpoints (and the config's) without an attempt in flight. */
    private Set<String> freeEndpoints(AppName app) {
        Set<String> free = new java.util.HashSet<>();
        free.add(CallbackEndpoint.CONFIG_ID);
        store.endpoints(app).forEach(e -> free.add(e.id()));
        free.removeIf(id -> busy.contains(key(app, id)));
        return free;
    }

    private static String key(AppName app, String endpointId) {
        return app.value() + "\n" + endpointId;
    }

    private void release(String key) {
        busy.remove(key);
        signal();
    }

    private void signal() {
        synchronized (signal) {
            signalled = true;
            signal.notifyAll();
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
