package io.streamhub.adapter.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A machine-readable {@code code}, a sentence for people, and the offending {@code field} when there is one. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String code, String message, String field, String quota, Long limit, Long used) {

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, null, null, null, null);
    }

    public static ApiError ofField(String code, String message, String field) {
        return new ApiError(code, message, field, null, null, null);
    }
}
