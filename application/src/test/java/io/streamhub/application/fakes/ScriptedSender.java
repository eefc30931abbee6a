package io.streamhub.application.fakes;

import io.streamhub.application.port.out.CallbackSender;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * A receiver that answers from a script (then 200), synchronously, and keeps every request.
 * {@link #hold()} makes the next answers wait until {@link #releaseAll()}, like a hanging receiver.
 */
public class ScriptedSender implements CallbackSender {
    public final List<Request> requests = new ArrayList<>();
    private final Deque<Integer> script = new ArrayDeque<>();
    private final List<CompletableFuture<Response>> held = new ArrayList<>();
    private boolean holding;

    /** Status codes to answer in order; 0 is a network error. */
    public synchronized ScriptedSender answer(int... statuses) {
        for (int s : statuses) {
            script.add(s);
        }
        return this;
    }

    /** Forgets the answers not given yet: from now on, 200. */
    public synchronized void clearScript() {
        script.clear();
    }

    public synchronized void hold() {
        holding = true;
    }

    public void releaseAll() {
        List<CompletableFuture<Response>> now;
        synchronized (this) {
            holding = false;
            now = List.copyOf(held);
            held.clear();
        }
        now.forEach(f -> f.complete(new Response(OptionalInt.of(200), 1, Optional.empty())));
    }

    @Override
    public synchronized CompletableFuture<Response> send(Request request) {
        requests.add(request);
        if (holding) {
            CompletableFuture<Response> later = new CompletableFuture<>();
            held.add(later);
            return later;
        }
        int status = script.isEmpty() ? 200 : script.poll();
        return CompletableFuture.completedFuture(status == 0
                ? new Response(OptionalInt.empty(), 3, Optional.of("connection refused"))
                : new Response(OptionalInt.of(status), 3, Optional.empty()));
    }
}
