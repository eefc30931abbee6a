package io.streamhub.application.fakes;

import io.streamhub.application.port.out.SecretStore;
import io.streamhub.domain.app.AppName;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class InMemorySecretStore implements SecretStore {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public void put(AppName app, String key, String value) {
        values.put(app + "/" + key, value);
    }

    @Override
    public Optional<String> get(AppName app, String key) {
        return Optional.ofNullable(values.get(app + "/" + key));
    }

    @Override
    public void remove(AppName app, String key) {
        values.remove(app + "/" + key);
    }

    @Override
    public void removeAll(AppName app) {
        values.keySet().removeIf(k -> k.startsWith(app + "/"));
    }
}
