package io.streamhub.application.port.in;

import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import java.util.Map;
import java.util.TreeMap;

/**
 * An app with its configuration (secrets only as "set" flags). {@code cdnCredentials} names each
 * credential of the app's CDN provider and whether it is set; never a value.
 */
public record AppView(App app, AppConfig config, Map<String, Boolean> cdnCredentials) {

    public AppView {
        cdnCredentials = Map.copyOf(cdnCredentials);
    }

    /** A view whose CDN credential flags are the names the config says are set. */
    public AppView(App app, AppConfig config) {
        this(app, config, flags(config));
    }

    private static Map<String, Boolean> flags(AppConfig config) {
        Map<String, Boolean> flags = new TreeMap<>();
        config.distribution().cdn().credentialsSet().forEach(name -> flags.put(name, true));
        return flags;
    }
}
