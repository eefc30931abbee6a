package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.in.CallbackUseCases;
import io.streamhub.application.port.out.CallbackSender;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.Delivery;
import io.streamhub.domain.callback.DeliveryLog;
import io.streamhub.domain.error.ConflictException;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.net.IpAddresses;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeCapacity;
import io.streamhub.domain.node.NodeHealth;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.node.NodeLoad;
import io.streamhub.domain.node.NodeStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CallbackServicesTest {
    private final ServiceFixture f = new ServiceFixture(EnforcementMode.ON);
    private final CallbackFixture c = new CallbackFixture(f, false);
    private final AppName shop = f.createApp(f.admin, "shop").name();
    private final AppName blog = f.createApp(f.admin, "blog").name();
    private static final DeliveryLog.Query ALL = new DeliveryLog.Query(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), 50, 0);

    private CallbackUseCases.CreatedEndpoint endpoint(AppName app, String url, Optional<String> secret, String... events) {
        return c.service.create(new CallbackUseCases.CreateEndpointCommand(app, url, secret, Set.of(events), true, ""));
    }

    private void publish(AppName app, String event) {
        c.publisher.publish(app, event, Optional.of(app.value() + "-show"), Map.of("room", app.value() + "-show"));
    }

    /** Dispatch passes, advancing the clock to each next attempt, until nothing is due within {@code horizon}. */
    private void runFor(Duration horizon) {
        var end = f.clock.instant().plus(horizon);
        for (int i = 0; i < 1000; i++) {
            Duration wait = c.dispatcher.dispatchDue();
            Optional<java.time.Instant> next = c.store.nextDue(shop).or(() -> c.store.nextDue(blog));
            if (next.isEmpty() || next.get().isAfter(end)) {
                return;
            }
            if (next.get().isAfter(f.clock.instant())) {
                f.clock.advance(Duration.between(f.clock.instant(), next.get()));
            }
            assertTrue(wait.compareTo(Duration.ZERO) >= 0);
        }
    }

    private static String hmacHex(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anEventGoesToEveryEndpointThatTakesItAndIsDroppedWhenNoneDoes() {
        publish(shop, "stream_started");
        assertEquals(List.of("shop stream_started"), c.counted("dropped"));

        endpoint(shop, "http://203.0.113.1/all", Optional.of("s1"));
        endpoint(shop, "http://203.0.113.2/ended-only", Optional.of("s2"), "stream_ended");
        f.workspace.configs.put(shop, MediaServicesTest.withCallbackUrl(f.workspace.readConfig(shop), "https://config.example.com/in"));
        publish(shop, "stream_started");
        publish(blog, "stream_started");

        assertEquals(2, c.store.backlog(shop).pending(), "config endpoint and the endpoint taking every event");
        assertEquals(List.of("shop stream_started", "blog stream_started"), c.counted("dropped"));
    }

    @Test
    void aDeliveryIsSignedWithTheEndpointSecretAndCarriesTheEnvelopeIdTwice() throws Exception {
        endpoint(shop, "http://203.0.113.1/in", Optional.of("topsecret"));
        publish(shop, "stream_started");
        runFor(Duration.ZERO);

        CallbackSender.Request r = c.receiver.requests.get(0);
        assertEquals("http://203.0.113.1/in", r.url().toString());
        assertEquals("sha256=" + hmacHex("topsecret", r.body()), r.headers().get("x-streamhub-signature"));
        assertTrue(r.headers().get("webhook-signature").startsWith("v1,"));
        assertEquals(r.headers().get("webhook-id"), r.headers().get("x-streamhub-delivery"));
        assertTrue(r.body().contains("id=" + r.headers().get("webhook-id")), r.body());
        assertEquals("stream_started", r.headers().get("x-streamhub-event"));
        assertEquals("application/json", r.headers().get("content-type"));
        assertEquals(List.of("shop stream_started"), c.counted("delivered"));
        assertEquals(0, c.store.backlog(shop).pending());
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheEventOnTheThirdTryWithTheSameId() {
        endpoint(shop, "http://203.0.113.1/in", Optional.of("s"));
        c.receiver.answer(503, 0);
        publish(shop, "stream_started");
        runFor(Duration.ofMinutes(5));

        assertEquals(3, c.receiver.requests.size());
        assertEquals(1, c.receiver.requests.stream().map(r -> r.headers().get("webhook-id")).distinct().count());
        assertEquals(1, c.receiver.requests.stream().map(CallbackSender.Request::body).distinct().count(), "the body is signed as stored");
        DeliveryLog.Entry entry = c.store.deliveries(shop, ALL).items().get(0);
        assertEquals(Delivery.Status.DELIVERED, entry.delivery().status());
        assertEquals(List.of(Optional.empty(), Optional.of("connection refused"), Optional.empty()),
                entry.attempts().stream().map(Delivery.Attempt::error).toList());
        assertEquals(503, entry.attempts().get(0).statusCode().getAsInt());
        assertTrue(entry.attempts().get(1).at().isAfter(entry.attempts().get(0).at()), "backoff between attempts");
    }

    @Test
    void aReceiverAnswering410IsNotRetried() {
        endpoint(shop, "http://203.0.113.1/in", Optional.of("s"));
        c.receiver.answer(410);
        publish(shop, "stream_started");
        runFor(Duration.ofDays(2));

        assertEquals(1, c.receiver.requests.size());
        DeliveryLog.Entry entry = c.store.deliveries(shop, ALL).items().get(0);
        assertEquals(Delivery.Status.DEAD, entry.delivery().status());
        assertEquals(List.of("shop stream_started"), c.counted("dead"));
    }

    @Test
    void aReceiverDownForTheWholeWindowLeavesADeadLetterThatReplaysUnderTheSameId() {
        endpoint(shop, "http://203.0.113.1/in", Optional.of("s"));
        c.receiver.answer(new int[64]);
        publish(shop, "stream_started");
        runFor(Duration.ofDays(2));
        int tries = c.receiver.requests.size();
        DeliveryLog.Entry dead = c.store.deliveries(shop, ALL).items().get(0);
        assertEquals(Delivery.Status.DEAD, dead.delivery().status());
        assertTrue(tries > 20, "retried for a day: " + tries);
        assertEquals(tries, dead.attempts().size());

        c.receiver.requests.clear();
        c.receiver.clearScript();
        DeliveryLog.Entry replayed = c.service.redeliver(shop, dead.delivery().id());
        assertEquals(Delivery.Status.PENDING, replayed.delivery().status());
        assertThrows(ConflictException.class, () -> c.service.redeliver(shop, dead.delivery().id()),
                "a pending delivery is retried on its own");
        runFor(Duration.ZERO);
        assertEquals(1, c.receiver.requests.size());
        assertEquals(dead.delivery().eventId(), c.receiver.requests.get(0).headers().get("webhook-id"));
        assertEquals(Delivery.Status.DELIVERED, c.service.delivery(shop, dead.delivery().id()).delivery().status());
    }

    @Test
    void anEndpointHasOneAttemptInFlightAndGetsItsEventsInOrder() {
        endpoint(shop, "http://203.0.113.1/a", Optional.of("s"));
        endpoint(shop, "http://203.0.113.2/b", Optional.of("s"));
        c.receiver.hold();
        publish(shop, "stream_started");
        publish(shop, "stream_ended");
        c.dispatcher.dispatchDue();
        c.dispatcher.dispatchDue();

        assertEquals(List.of("http://203.0.113.1/a", "http://203.0.113.2/b"), c.receiver.requests.stream().map(r -> r.url().toString()).sorted().toList(),
                "one in flight per endpoint, the other endpoint is not held up");
        assertEquals(2, c.dispatcher.inFlight());
        c.receiver.releaseAll();
        c.dispatcher.dispatchDue();
        c.receiver.releaseAll();
        assertEquals(List.of("stream_started", "stream_started", "stream_ended", "stream_ended"),
                c.receiver.requests.stream().map(r -> r.headers().get("x-streamhub-event")).toList());
        assertEquals(0, c.store.backlog(shop).pending());
    }

    @Test
    void deliveriesWhoseEndpointWentAwayBecomeDeadLettersWithTheReason() {
        f.workspace.configs.put(shop, MediaServicesTest.withCallbackUrl(f.workspace.readConfig(shop), "https://config.example.com/in"));
        publish(shop, "stream_started");
        f.workspace.configs.put(shop, MediaServicesTest.withCallbackUrl(f.workspace.readConfig(shop), ""));
        runFor(Duration.ZERO);

        assertEquals(List.of(), c.receiver.requests);
        DeliveryLog.Entry entry = c.store.deliveries(shop, ALL).items().get(0);
        assertEquals(Delivery.Status.DEAD, entry.delivery().status());
        assertEquals(Optional.of("the app config has no callbacks.url"), entry.delivery().lastError());
    }

    @Test
    void recoveryAfterARestartSendsWhatWasInFlight() {
        endpoint(shop, "http://203.0.113.1/a", Optional.of("s"));
        c.receiver.hold();
        publish(shop, "stream_started");
        c.dispatcher.dispatchDue();
        assertEquals(1, c.receiver.requests.size(), "in flight when the core dies");
        var afterRestart = new io.streamhub.application.fakes.ScriptedSender();
        CallbackDispatcher restarted = new CallbackDispatcher(f.apps, f.workspace, c.store, afterRestart, f.secrets, c, c.policy,
                f.clock, () -> 0.0);
        restarted.dispatchDue();
        assertEquals(List.of(), afterRestart.requests, "a fresh dispatcher knows no work before recovery");
        restarted.recover();
        restarted.dispatchDue();
        assertEquals(1, afterRestart.requests.size(), "the interrupted attempt runs again");
        assertEquals(c.receiver.requests.get(0).headers().get("webhook-id"), afterRestart.requests.get(0).headers().get("webhook-id"));
        assertEquals(0, c.store.backlog(shop).pending());
    }

    @Test
    void aDeletedAppsPendingCallbacksAreNotSent() {
        endpoint(shop, "http://203.0.113.1/a", Optional.of("s"));
        publish(shop, "stream_started");
        f.appService.delete(new io.streamhub.application.port.in.DeleteAppCommand(shop, false));
        runFor(Duration.ofMinutes(1));
        assertEquals(List.of(), c.receiver.requests);
    }

    @Test
    void aCreatedEndpointWithoutSecretGetsAWhsecSecretShownOnce() {
        CallbackUseCases.CreatedEndpoint created = endpoint(shop, "https://hooks.example.com/in", Optional.empty());
        String secret = created.generatedSecret().orElseThrow();
        assertTrue(secret.matches("whsec_[A-Za-z0-9+/]+=*"), secret);
        assertTrue(created.view().secretSet());
        assertEquals(Optional.empty(), endpoint(shop, "https://hooks.example.com/b", Optional.of("given")).generatedSecret());
        assertEquals(2, c.service.list(shop).size());
        assertEquals(List.of(), c.service.list(blog));
    }

    @Test
    void privateLoopbackAndLinkLocalTargetsAreRefusedUnlessAllowed() {
        c.dns.put("intranet.example.com", List.of(IpAddresses.parse("10.1.2.3").orElseThrow()));
        c.dns.put("hooks.example.com", List.of(IpAddresses.parse("93.184.215.14").orElseThrow()));
        for (String url : new String[] {"http://127.0.0.1:9000/in", "http://169.254.169.254/latest", "http://[::1]/x",
                "https://intranet.example.com/in"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> endpoint(shop, url, Optional.of("s")), url);
            assertEquals("url", e.field());
        }
        endpoint(shop, "https://hooks.example.com/in", Optional.of("s"));
        CallbackFixture allowing = new CallbackFixture(f, true);
        allowing.service.create(new CallbackUseCases.CreateEndpointCommand(shop, "http://127.0.0.1:9000/in", Optional.of("s"),
                Set.of(), true, ""));
    }

    @Test
    void endpointsAreChangedAndDeletedWithinTheirAppOnly() {
        f.workspace.configs.put(shop, MediaServicesTest.withCallbackUrl(f.workspace.readConfig(shop), "https://config.example.com/in"));
        c.dns.put("hooks.example.com", List.of(IpAddresses.parse("93.184.215.14").orElseThrow()));
        String id = endpoint(shop, "https://hooks.example.com/in", Optional.of("s")).view().endpoint().id();
        CallbackUseCases.EndpointView changed = c.service.update(new CallbackUseCases.UpdateEndpointCommand(shop, id, Optional.empty(),
                Optional.of("new-secret"), Optional.of(Set.of("stream_ended")), Optional.of(false), Optional.of("ops")));
        assertEquals(Set.of("stream_ended"), changed.endpoint().events());
        assertFalse(changed.endpoint().enabled());
        assertEquals(Optional.of("new-secret"), f.secrets.get(shop, CallbackService.secretKey(id)));
        assertThrows(NotFoundException.class, () -> c.service.update(new CallbackUseCases.UpdateEndpointCommand(blog, id,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
        assertThrows(NotFoundException.class, () -> c.service.delete(blog, id));
        assertThrows(ConflictException.class, () -> c.service.delete(shop, "config"));
        assertEquals(List.of(true, false), c.service.list(shop).stream().map(CallbackUseCases.EndpointView::fromConfig).toList());

        c.service.delete(shop, id);
        assertEquals(Optional.empty(), f.secrets.get(shop, CallbackService.secretKey(id)));
        assertThrows(NotFoundException.class, () -> c.service.delete(shop, id));
        assertThrows(NotFoundException.class, () -> c.service.list(new AppName("nope")));
    }

    @Test
    void nodeHealthGoesToTheAppsWithRoomsOnTheNodeWithTheirRoomsOnly() {
        endpoint(shop, "http://203.0.113.1/in", Optional.of("s"));
        endpoint(blog, "http://203.0.113.1/in", Optional.of("s"));
        Node node = new Node(new NodeId("00000000-0000-4000-8000-000000000001"), "edge-1", "ws://10.0.0.9:7880", Optional.of("eu"),
                NodeStatus.ACTIVE, f.clock.instant(), Optional.of(f.clock.instant()), Optional.empty(), NodeCapacity.DEFAULT,
                new NodeLoad(0, 0, 0, 0));
        new CallbackClusterEvents(f.apps, c.publisher).nodeHealthChanged(new NodeHealth.Transition(node, NodeHealth.Change.STALE),
                List.of("shop/shop-a", "shop/shop-b", "gone/gone-x"));
        runFor(Duration.ZERO);

        assertEquals(1, c.receiver.requests.size());
        CallbackSender.Request r = c.receiver.requests.get(0);
        assertEquals("node_stale", r.headers().get("x-streamhub-event"));
        assertTrue(r.body().contains("rooms=[shop-a, shop-b]"), r.body());
        assertTrue(r.body().contains("app=shop"), r.body());
    }
}
