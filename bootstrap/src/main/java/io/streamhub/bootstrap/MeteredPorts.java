package io.streamhub.bootstrap;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.streamhub.application.port.out.ControlPlaneMetrics;
import io.streamhub.application.port.out.MediaEventVerifier;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.service.MeteredMediaEventVerifier;
import io.streamhub.application.service.MeteredMediaServerGateway;
import jakarta.inject.Singleton;

/**
 * Wraps the LiveKit adapters in their metering decorators as they are created, so every service
 * and controller that injects the port is measured without knowing it.
 */
final class MeteredPorts {
    private MeteredPorts() {
    }

    @Singleton
    static final class MediaServer implements BeanCreatedEventListener<MediaServerGateway> {
        private final BeanProvider<ControlPlaneMetrics> metrics;

        MediaServer(BeanProvider<ControlPlaneMetrics> metrics) {
            this.metrics = metrics;
        }

        @Override
        public MediaServerGateway onCreated(BeanCreatedEvent<MediaServerGateway> event) {
            return new MeteredMediaServerGateway(event.getBean(), metrics.get());
        }
    }

    @Singleton
    static final class MediaEvents implements BeanCreatedEventListener<MediaEventVerifier> {
        private final BeanProvider<ControlPlaneMetrics> metrics;

        MediaEvents(BeanProvider<ControlPlaneMetrics> metrics) {
            this.metrics = metrics;
        }

        @Override
        public MediaEventVerifier onCreated(BeanCreatedEvent<MediaEventVerifier> event) {
            return new MeteredMediaEventVerifier(event.getBean(), metrics.get());
        }
    }
}
