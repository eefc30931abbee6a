package io.streamhub.adapter.web.ipaccess;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.streamhub.adapter.web.api.ApiError;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.security.ClientAddresses;
import io.streamhub.application.port.in.IpAccessUseCases.CheckClientUseCase;
import io.streamhub.application.port.in.IpAccessUseCases.RecordOffenseUseCase;
import io.streamhub.domain.ipaccess.IpVerdict;
import io.streamhub.domain.ipaccess.OffenseKind;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs on every request, static mounts and unknown paths included, before authentication: a banned
 * address gets 429 {@code rate_limited}, an address refused by a rule 403 {@code forbidden} (in
 * {@code log} mode only a warning). The client address is {@link ClientAddresses}' (right-most
 * untrusted X-Forwarded-For hop). On the way out it reports offenses: a failed sign-in, a sign-in
 * refused by the rate limiter, and a 401 to a request that presented a Bearer credential (an invalid
 * {@code sk_} token or session JWT; a missing credential is not an offense).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class IpAccessFilter implements Ordered {
    static final String LOGIN_PATH = "/api/v1/auth/login";
    private static final Logger LOG = LoggerFactory.getLogger(IpAccessFilter.class);
    private static final String REFUSED = IpAccessFilter.class.getName() + ".refused";

    private final ClientAddresses clients;
    private final CheckClientUseCase checks;
    private final RecordOffenseUseCase offenses;
    private final Clock clock;

    public IpAccessFilter(ClientAddresses clients, CheckClientUseCase checks, RecordOffenseUseCase offenses, Clock clock) {
        this.clients = clients;
        this.checks = checks;
        this.offenses = offenses;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        IpVerdict verdict = checks.check(clients.of(request));
        if (verdict instanceof IpVerdict.Banned banned) {
            request.setAttribute(REFUSED, true);
            long wait = Math.max(1, Duration.between(clock.instant(), banned.until()).toSeconds() + 1);
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(ApiResponse.failure(ApiError.of("rate_limited", "too many failed attempts from this address; retry later")));
        }
        if (verdict instanceof IpVerdict.Blocked blocked) {
            request.setAttribute(REFUSED, true);
            LOG.info("IP-DENY {} {} {}: {}", clients.describe(request), request.getMethod(), request.getPath(), blocked.reason());
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(ApiResponse.failure(ApiError.of("forbidden", "Access denied")));
        }
        if (verdict instanceof IpVerdict.WouldBlock wouldBlock) {
            LOG.warn("IP-WOULD-DENY {} {} {}: {}", clients.describe(request), request.getMethod(), request.getPath(),
                    wouldBlock.reason());
        }
        return null;
    }

    @ResponseFilter
    public void countOffenses(HttpRequest<?> request, HttpResponse<?> response) {
        if (request.getAttribute(REFUSED, Boolean.class).orElse(false)) {
            return;
        }
        offenseOf(request, response.code()).ifPresent(kind -> offenses.offense(clients.of(request), kind));
    }

    static Optional<OffenseKind> offenseOf(HttpRequest<?> request, int status) {
        boolean login = LOGIN_PATH.equals(request.getPath());
        if (login && status == HttpStatus.UNAUTHORIZED.getCode()) {
            return Optional.of(OffenseKind.LOGIN_FAILED);
        }
        if (login && status == HttpStatus.TOO_MANY_REQUESTS.getCode()) {
            return Optional.of(OffenseKind.RATE_LIMITED);
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (status == HttpStatus.UNAUTHORIZED.getCode() && bearer) {
            return Optional.of(OffenseKind.INVALID_TOKEN);
        }
        return Optional.empty();
    }
}
