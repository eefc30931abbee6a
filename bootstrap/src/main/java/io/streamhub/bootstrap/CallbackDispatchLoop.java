package io.streamhub.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import io.streamhub.application.service.CallbackDispatcher;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's one dispatch thread: at server start it makes interrupted attempts due again (a
 * crash or SIGKILL loses nothing that was committed), then delivers until shutdown. Old delivered
 * rows and dead letters are pruned hourly ({@code STREAMHUB_CALLBACKS_KEEP_DELIVERED}, default 7 days;
 * {@code STREAMHUB_CALLBACKS_KEEP_DEAD}, default 30 days).
 */
@Singleton
class CallbackDispatchLoop implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackDispatchLoop.class);

    private final CallbackDispatcher dispatcher;
    private final Duration keepDelivered;
    private final Duration keepDead;
    private final ServiceThread thread;

    CallbackDispatchLoop(CallbackDispatcher dispatcher, @Value("${streamhub.callbacks.keep-delivered:7d}") Duration keepDelivered,
                         @Value("${streamhub.callbacks.keep-dead:30d}") Duration keepDead) {
        this.dispatcher = dispatcher;
        this.keepDelivered = keepDelivered;
        this.keepDead = keepDead;
        this.thread = new ServiceThread("callback-dispatch", Duration.ofSeconds(1), () -> dispatcher.await(dispatcher.dispatchDue()));
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        if (!thread.running()) {
            dispatcher.recover();
            thread.start();
        }
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void prune() {
        int pruned = dispatcher.prune(keepDelivered, keepDead);
        if (pruned > 0) {
            LOG.info("event=callbacks_pruned deliveries={}", pruned);
        }
    }

    @PreDestroy
    void stop() {
        thread.stop();
    }
}
