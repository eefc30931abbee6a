package io.streamhub.application.fakes;

import io.streamhub.application.port.out.IngressAuthRepository;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.ingress.IngressAuth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Ingress passwords per app in memory, with the adapter's rules: an app holds passwords only while it
 * has a workspace in the given {@link FakeWorkspace} (created, not purged); reads and deletes of any
 * other app find nothing and saving into it is an {@link IllegalStateException}.
 */
public class InMemoryIngressAuthRepository implements IngressAuthRepository {
    private final Predicate<AppName> hasWorkspace;
    private final Map<AppName, Map<String, IngressAuth>> rows = new HashMap<>();

    /** Only the apps with a workspace in {@code workspaces} hold passwords, as with the real store. */
    public InMemoryIngressAuthRepository(FakeWorkspace workspaces) {
        this.hasWorkspace = app -> workspaces.configs.containsKey(app);
    }

    @Override
    public synchronized void save(AppName app, IngressAuth auth) {
        if (!hasWorkspace.test(app)) {
            throw new IllegalStateException("app " + app + " has no workspace to save the password of ingress "
                    + auth.ingressId() + " in");
        }
        rows.computeIfAbsent(app, name -> new HashMap<>()).put(auth.ingressId(), auth);
    }

    @Override
    public synchronized Optional<IngressAuth> find(AppName app, String ingressId) {
        return Optional.ofNullable(authsOf(app).get(ingressId));
    }

    @Override
    public synchronized void delete(AppName app, String ingressId) {
        authsOf(app).remove(ingressId);
    }

    /** The app's passwords; none (and forgotten, as a purge deletes the database) when it has no workspace. */
    private Map<String, IngressAuth> authsOf(AppName app) {
        if (!hasWorkspace.test(app)) {
            rows.remove(app);
            return new HashMap<>();
        }
        return rows.computeIfAbsent(app, name -> new HashMap<>());
    }
}
