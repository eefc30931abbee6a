package io.streamhub.adapter.web.callback;

import io.micronaut.context.annotation.Value;
import io.streamhub.application.port.out.CallbackSender;
import io.streamhub.application.port.out.HostResolver;
import io.streamhub.domain.callback.CallbackUrl;
import io.streamhub.domain.net.IpAddresses;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * POSTs callbacks with the JDK's HTTP client: a per-attempt timeout (connect and answer), no
 * redirects followed, the answer's body discarded. Before each attempt the host is resolved and,
 * unless private targets are allowed, refused when any of its addresses is not public (the check
 * the API made at creation is repeated because DNS answers change).
 */
@Singleton
public class JdkCallbackSender implements CallbackSender {
    private final HttpClient http;
    private final Duration timeout;
    private final boolean allowPrivate;
    private final HostResolver resolver;
    private final ExecutorService resolving = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "callback-dns");
        thread.setDaemon(true);
        return thread;
    });

    public JdkCallbackSender(@Value("${streamhub.callbacks.timeout:10s}") Duration timeout,
                             @Value("${streamhub.callbacks.allow-private:false}") boolean allowPrivate, HostResolver resolver) {
        this.timeout = timeout;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        long started = System.nanoTime();
        return CompletableFuture.supplyAsync(() -> refusal(request), resolving).thenCompose(refused -> {
            if (refused.isPresent()) {
                return CompletableFuture.completedFuture(new Response(OptionalInt.empty(), elapsed(started), refused));
            }
            HttpRequest.Builder builder = HttpRequest.newBuilder(request.url()).timeout(timeout)
                    .POST(HttpRequest.BodyPublishers.ofString(request.body()));
            request.headers().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("host")) {
                    builder.header(name, value);
                }
            });
            return http.sendAsync(builder.build(), HttpResponse.BodyHandlers.discarding())
                    .thenApply(r -> new Response(OptionalInt.of(r.statusCode()), elapsed(started), Optional.empty()));
        }).exceptionally(e -> new Response(OptionalInt.empty(), elapsed(started), Optional.of(describe(e))));
    }

    /** Why the target must not be called, if it must not. */
    private Optional<String> refusal(Request request) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = CallbackUrl.parse("url", request.url().toString()).host();
        List<InetAddress> addresses = IpAddresses.parse(host).map(List::of).orElseGet(() -> resolver.resolve(host));
        if (addresses.isEmpty()) {
            return Optional.of("cannot resolve " + host);
        }
        return CallbackUrl.firstNonPublic(addresses).map(a -> host + " resolves to " + a.getHostAddress() + ", which is not public (STREAMHUB_CALLBACKS_ALLOW_PRIVATE=true allows it)");
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String describe(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof HttpTimeoutException) {
            return "timed out";
        }
        if (cause instanceof java.net.ConnectException) {
            return "cannot connect (refused or unreachable)";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @PreDestroy
    void close() {
        resolving.shutdownNow();
    }
}
