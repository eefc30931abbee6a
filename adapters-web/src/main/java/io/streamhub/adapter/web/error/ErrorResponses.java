package io.streamhub.adapter.web.error;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.streamhub.adapter.web.api.ApiError;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.domain.error.AccessDeniedException;
import io.streamhub.domain.error.ConflictException;
import io.streamhub.domain.error.DomainException;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.error.QuotaExceededException;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.error.TooLargeException;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.error.UpstreamException;

/** The single mapping from domain failures to HTTP statuses and error bodies. */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    public static HttpStatus statusOf(DomainException e) {
        if (e instanceof InvalidInputException) {
            return HttpStatus.BAD_REQUEST;
        } else if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        } else if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        } else if (e instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN;
        } else if (e instanceof QuotaExceededException) {
            return HttpStatus.TOO_MANY_REQUESTS;
        } else if (e instanceof UnauthenticatedException) {
            return HttpStatus.UNAUTHORIZED;
        } else if (e instanceof UnavailableException) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        } else if (e instanceof UpstreamException) {
            return HttpStatus.BAD_GATEWAY;
        } else if (e instanceof TooLargeException) {
            return HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        }
        throw new IllegalStateException("unmapped domain failure " + e.getClass());
    }

    public static ApiError bodyOf(DomainException e) {
        if (e instanceof InvalidInputException invalid) {
            return ApiError.ofField(e.code(), e.getMessage(), invalid.field());
        }
        if (e instanceof TooLargeException tooLarge) {
            return ApiError.ofField(e.code(), e.getMessage(), tooLarge.field());
        }
        if (e instanceof ConflictException conflict) {
            return ApiError.ofField(e.code(), e.getMessage(), conflict.field());
        }
        if (e instanceof QuotaExceededException quota) {
            return new ApiError(e.code(), e.getMessage(), null, quota.quota(), quota.limit(), quota.used());
        }
        return ApiError.of(e.code(), e.getMessage());
    }

    public static MutableHttpResponse<ApiResponse<Void>> of(DomainException e) {
        MutableHttpResponse<ApiResponse<Void>> response = HttpResponse.<ApiResponse<Void>>status(statusOf(e))
                .body(ApiResponse.failure(bodyOf(e)));
        if (e instanceof UnauthenticatedException) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response;
    }
}
