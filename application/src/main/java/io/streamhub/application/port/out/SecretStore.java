package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import java.util.Optional;

/** Write-only secrets of apps (callback secrets, storage keys), kept encrypted outside config files. */
public interface SecretStore {
    void put(AppName app, String key, String value);

    Optional<String> get(AppName app, String key);

    void remove(AppName app, String key);

    void removeAll(AppName app);
}
