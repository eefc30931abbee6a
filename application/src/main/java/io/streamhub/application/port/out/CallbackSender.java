package io.streamhub.application.port.out;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/** POSTs one callback. Never completes exceptionally: a failure is a response without a status. */
public interface CallbackSender {

    record Request(URI url, Map<String, String> headers, String body) {
    }

    record Response(OptionalInt status, long latencyMillis, Optional<String> error) {
    }

    CompletableFuture<Response> send(Request request);
}
