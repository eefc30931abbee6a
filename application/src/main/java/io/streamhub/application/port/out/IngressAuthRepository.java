package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.ingress.IngressAuth;
import java.util.Optional;

/** Ingress passwords of an app (hashes only), kept in the app's own database. */
public interface IngressAuthRepository {
    /** Inserts or replaces the row of the same ingress. */
    void save(AppName app, IngressAuth auth);

    Optional<IngressAuth> find(AppName app, String ingressId);

    void delete(AppName app, String ingressId);
}
