/** Streams in each app's own database ({@code DATA_DIR/apps/<app>/app.db}, table {@code streams}): the {@link io.streamhub.application.port.out.StreamRepository} adapter. */
package io.streamhub.adapter.persistence.stream;
