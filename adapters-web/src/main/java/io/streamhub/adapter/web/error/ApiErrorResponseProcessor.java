package io.streamhub.adapter.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.streamhub.adapter.web.api.ApiError;
import io.streamhub.adapter.web.api.ApiResponse;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the framework's own errors (unknown route, wrong method, unreadable JSON, failed
 * constraints, bad path values) into the API's error shape, naming the field whenever the
 * framework knows it. Server faults never leak their message.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ApiErrorResponseProcessor implements ErrorResponseProcessor<ApiResponse<Void>> {
    private static final Pattern PROPERTY = Pattern.compile("(?:property|argument) \\[(?:[\\w.<>$\\[\\]]+ )?([\\w$]+)\\]");

    @Override
    public MutableHttpResponse<ApiResponse<Void>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        ApiError error = status.getCode() >= 500
                ? ApiError.of("internal_error", "internal error; see the server log")
                : describe(status, context);
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(ApiResponse.failure(error));
    }

    private static ApiError describe(HttpStatus status, ErrorContext context) {
        String code = switch (status) {
            case BAD_REQUEST, UNPROCESSABLE_ENTITY -> "invalid_input";
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            case NOT_ACCEPTABLE -> "not_acceptable";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case REQUEST_ENTITY_TOO_LARGE -> "too_large";
            default -> "http_" + status.getCode();
        };
        Optional<Error> first = context.getErrors().stream().findFirst();
        String message = first.map(Error::getMessage).orElse(status.getReason());
        String field = first.flatMap(ApiErrorResponseProcessor::fieldOf).orElse(null);
        if (status == HttpStatus.BAD_REQUEST && field == null) {
            field = "body";
        }
        return ApiError.ofField(code, message, status == HttpStatus.BAD_REQUEST || status == HttpStatus.UNPROCESSABLE_ENTITY ? field : null);
    }

    /** Constraint paths look like {@code create.body.name}; decoding errors name {@code property [Type name]}. */
    private static Optional<String> fieldOf(Error error) {
        Optional<String> path = error.getPath().filter(p -> !p.isBlank());
        if (path.isPresent()) {
            String p = path.get().replaceFirst("^/", "");
            int body = p.indexOf(".body.");
            return Optional.of(body >= 0 ? p.substring(body + 6) : p.substring(p.lastIndexOf('.') + 1));
        }
        Matcher m = PROPERTY.matcher(error.getMessage() == null ? "" : error.getMessage());
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return Optional.ofNullable(found);
    }
}
