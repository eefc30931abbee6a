package io.streamhub.application.port.in;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.CallbackEndpoint;
import io.streamhub.domain.callback.DeliveryLog;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An app's outbound callbacks: its endpoints, and the log of what was delivered to them. */
public final class CallbackUseCases {
    private CallbackUseCases() {
    }

    /**
     * @param fromConfig the endpoint of the app config's {@code callbacks.url} (changed through the config)
     */
    public record EndpointView(CallbackEndpoint endpoint, boolean secretSet, boolean fromConfig) {
    }

    /** @param generatedSecret the secret StreamHub made when none was given; shown this once */
    public record CreatedEndpoint(EndpointView view, Optional<String> generatedSecret) {
    }

    public record CreateEndpointCommand(AppName app, String url, Optional<String> secret, Set<String> events,
                                        boolean enabled, String description) {
    }

    /** Absent fields stay as they are; an empty secret is refused (an endpoint always signs). */
    public record UpdateEndpointCommand(AppName app, String id, Optional<String> url, Optional<String> secret,
                                        Optional<Set<String>> events, Optional<Boolean> enabled, Optional<String> description) {
    }

    public interface ManageEndpointsUseCase {
        /** The config's endpoint (when it has a URL) first, then the others by creation. */
        List<EndpointView> list(AppName app);

        CreatedEndpoint create(CreateEndpointCommand command);

        EndpointView update(UpdateEndpointCommand command);

        void delete(AppName app, String id);
    }

    public interface DeliveryLogUseCase {
        DeliveryLog.Page deliveries(AppName app, DeliveryLog.Query query);

        DeliveryLog.Entry delivery(AppName app, String deliveryId);

        /** Sends a delivered event or a dead letter again, under the same event id. */
        DeliveryLog.Entry redeliver(AppName app, String deliveryId);
    }
}
