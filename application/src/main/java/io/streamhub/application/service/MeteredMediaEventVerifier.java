package io.streamhub.application.service;

import io.streamhub.application.port.out.ControlPlaneMetrics;
import io.streamhub.application.port.out.MediaEventVerifier;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.event.MediaEvent;

/**
 * Counts inbound media-server webhooks by event and signature result. An unsigned or forged body
 * is counted as event {@code unknown}: its claimed event name is not trusted, so it cannot mint series.
 */
public final class MeteredMediaEventVerifier implements MediaEventVerifier {
    static final String UNKNOWN = "unknown";

    private final MediaEventVerifier delegate;
    private final ControlPlaneMetrics metrics;

    public MeteredMediaEventVerifier(MediaEventVerifier delegate, ControlPlaneMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    @Override
    public MediaEvent verify(String body, String authorization) {
        MediaEvent event;
        try {
            event = delegate.verify(body, authorization);
        } catch (UnauthenticatedException e) {
            metrics.mediaEventReceived(UNKNOWN, false);
            throw e;
        }
        metrics.mediaEventReceived(event.kind().key(), true);
        return event;
    }
}
