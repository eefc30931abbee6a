package io.streamhub.application.service;

import io.streamhub.application.fakes.Fakes;
import io.streamhub.application.fakes.InMemoryCallbackStore;
import io.streamhub.application.fakes.ScriptedSender;
import io.streamhub.application.port.out.CallbackMetrics;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.RetryPolicy;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The callback services of a {@link ServiceFixture}, on an in-memory outbox and a scripted receiver. */
class CallbackFixture implements CallbackMetrics {
    final ServiceFixture f;
    final InMemoryCallbackStore store = new InMemoryCallbackStore();
    final ScriptedSender receiver = new ScriptedSender();
    final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));
    final Map<String, List<String>> counted = new ConcurrentHashMap<>();
    /** What the fake DNS answers, by host. */
    final Map<String, List<InetAddress>> dns = new ConcurrentHashMap<>();
    final CallbackDispatcher dispatcher;
    final CallbackPublisher publisher;
    final CallbackService service;

    CallbackFixture(ServiceFixture f, boolean allowPrivate) {
        this.f = f;
        dispatcher = new CallbackDispatcher(f.apps, f.workspace, store, receiver, f.secrets, this, policy, f.clock, () -> 0.0);
        publisher = new CallbackPublisher(f.workspace, store, Fakes.plainEncoder(), Fakes.directAppTransactions(), dispatcher, this,
                Fakes.sequentialIds(), f.clock);
        service = new CallbackService(f.apps, f.workspace, store, f.secrets, dispatcher,
                new CallbackTargets(host -> dns.getOrDefault(host, List.of()), allowPrivate), Fakes.sequentialIds(), f.clock);
    }

    @Override
    public void delivered(AppName app, String event, Duration sinceEvent) {
        counted.computeIfAbsent("delivered", k -> new ArrayList<>()).add(app.value() + " " + event);
    }

    @Override
    public void failed(AppName app, String event, boolean deadLetter) {
        counted.computeIfAbsent(deadLetter ? "dead" : "failed", k -> new ArrayList<>()).add(app.value() + " " + event);
    }

    @Override
    public void dropped(AppName app, String event) {
        counted.computeIfAbsent("dropped", k -> new ArrayList<>()).add(app.value() + " " + event);
    }

    List<String> counted(String kind) {
        return counted.getOrDefault(kind, List.of());
    }
}
