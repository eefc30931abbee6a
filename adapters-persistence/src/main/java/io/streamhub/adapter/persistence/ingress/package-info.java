/** Ingress passwords (hashes) in each app's own database ({@code DATA_DIR/apps/<app>/app.db}, table {@code ingress_auth}): the {@link io.streamhub.application.port.out.IngressAuthRepository} adapter. */
package io.streamhub.adapter.persistence.ingress;
