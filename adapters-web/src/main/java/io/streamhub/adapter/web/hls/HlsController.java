package io.streamhub.adapter.web.hls;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.Options;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.streamhub.adapter.web.api.ApiError;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.security.PrincipalResolver;
import io.streamhub.adapter.web.security.Public;
import io.streamhub.application.port.in.AuthorizeUseCase;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Requirement;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.hls.HlsPath;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /hls/<app>/<room>/<file>} when {@link HlsHttpHandler} does not answer it: apps whose playback
 * is private (the caller needs an API token or session JWT allowed to read the app's streams:
 * 401 without, 403/404 like any app route otherwise), rooms another cluster node serves (fetched from
 * it through {@link HlsOriginProxy}'s short cache) and HTTP/2 connections. Same headers, ranges and
 * 404 JSON as the fast path, but the bytes are copied instead of sent as a file region.
 */
@Controller("/hls")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
public class HlsController {
    private final HlsFileStore files;
    private final HlsPlaybackGate gate;
    private final HlsOriginProxy proxy;
    private final PrincipalResolver principals;
    private final AuthorizeUseCase authorization;

    public HlsController(HlsFileStore files, HlsPlaybackGate gate, HlsOriginProxy proxy, PrincipalResolver principals,
                         AuthorizeUseCase authorization) {
        this.proxy = proxy;
        this.files = files;
        this.gate = gate;
        this.principals = principals;
        this.authorization = authorization;
    }

    @Get("/{app}/{room}/{file}")
    @Public
    public MutableHttpResponse<?> get(String app, String room, String file, HttpRequest<?> request) throws IOException {
        return serve(app, room, file, request, false);
    }

    @Head("/{app}/{room}/{file}")
    @Public
    public MutableHttpResponse<?> head(String app, String room, String file, HttpRequest<?> request) throws IOException {
        return serve(app, room, file, request, true);
    }

    @Options("/{app}/{room}/{file}")
    @Public
    public MutableHttpResponse<?> options(String app, String room, String file) {
        return withHeaders(HttpResponse.noContent(), HlsResponsePlan.options());
    }

    private MutableHttpResponse<?> serve(String app, String room, String file, HttpRequest<?> request, boolean head)
            throws IOException {
        Optional<HlsPath> path = HlsPath.parse(HlsPath.PREFIX + app + "/" + room + "/" + file);
        if (path.isEmpty()) {
            return notFound();
        }
        Optional<Boolean> open = gate.isPublic(path.get().app());
        if (open.isEmpty()) {
            return notFound();
        }
        if (!open.get()) {
            Authentication caller = request.getUserPrincipal(Authentication.class)
                    .orElseThrow(() -> new UnauthenticatedException("this app's playback is private: send an API token or a session token"));
            authorization.authorize(new AuthorizeUseCase.AuthorizeQuery(principals.resolve(caller),
                    new Requirement.Permission(Resource.STREAM, Action.READ), Optional.of(new AppName(path.get().app())),
                    Optional.empty()));
        }
        Optional<HlsFileStore.Opened> opened = files.open(path.get());
        var h = request.getHeaders();
        if (opened.isEmpty()) {
            Optional<String> owner = gate.remoteOwner(path.get().app(), path.get().room());
            if (owner.isEmpty()) {
                return notFound();
            }
            HlsOriginProxy.Fetched fetched = proxy.fetch(owner.get(), path.get());
            if (fetched.status() != 200) {
                return fetched.status() == 404 ? notFound() : unavailable();
            }
            HlsResponsePlan plan = HlsResponsePlan.of(path.get().type(), fetched.body().length, fetched.lastModifiedMillis(), head,
                    h.get("Range"), h.get("If-Range"), h.get("If-None-Match"), h.get("If-Modified-Since"));
            MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(io.micronaut.http.HttpStatus.valueOf(plan.status()));
            withHeaders(response, plan);
            response.header("X-Cache", HlsOriginProxy.cacheStatus(fetched).orElseThrow());
            return plan.body() ? response.body(java.util.Arrays.copyOfRange(fetched.body(), (int) plan.offset(),
                    (int) (plan.offset() + plan.length()))) : response;
        }
        HlsFileStore.Opened f = opened.get();
        HlsResponsePlan plan = HlsResponsePlan.of(path.get().type(), f.length(), f.lastModifiedMillis(), head, h.get("Range"),
                h.get("If-Range"), h.get("If-None-Match"), h.get("If-Modified-Since"));
        byte[] body = new byte[0];
        if (f instanceof HlsFileStore.Channel channel) {
            try (var c = channel.channel()) {
                body = plan.body() ? HlsFileStore.read(c, plan.offset(), plan.length()) : body;
            }
        } else if (plan.body()) {
            byte[] all = ((HlsFileStore.Bytes) f).content();
            body = java.util.Arrays.copyOfRange(all, (int) plan.offset(), (int) (plan.offset() + plan.length()));
        }
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(io.micronaut.http.HttpStatus.valueOf(plan.status()));
        withHeaders(response, plan);
        return plan.body() ? response.body(body) : response;
    }

    private static <T> MutableHttpResponse<T> withHeaders(MutableHttpResponse<T> response, HlsResponsePlan plan) {
        plan.headers().forEach((k, v) -> {
            if (!k.equals("Content-Length")) {
                response.header(k, v);
            }
        });
        if (plan.headers().containsKey("Content-Length") && !plan.body()) {
            response.header("Content-Length", plan.headers().get("Content-Length"));
        }
        return response;
    }

    private static MutableHttpResponse<ApiResponse<Void>> unavailable() {
        MutableHttpResponse<ApiResponse<Void>> response = HttpResponse.<ApiResponse<Void>>status(io.micronaut.http.HttpStatus.BAD_GATEWAY)
                .body(ApiResponse.failure(ApiError.of("upstream_unavailable", "the node serving this room did not answer")));
        HlsResponsePlan.cors().forEach(response::header);
        return response.header("Cache-Control", "no-cache, no-store, must-revalidate");
    }

    static MutableHttpResponse<ApiResponse<Void>> notFound() {
        MutableHttpResponse<ApiResponse<Void>> response = HttpResponse.notFound(
                ApiResponse.failure(ApiError.of("not_found", "HLS resource not found")));
        HlsResponsePlan.cors().forEach(response::header);
        return response.header("Cache-Control", "no-cache, no-store, must-revalidate");
    }
}
