package io.streamhub.adapter.web.api;

import io.micronaut.serde.annotation.Serdeable;

/** The one shape of every {@code /api/v1} JSON answer: {@code data} on success, {@code error} on failure. */
@Serdeable
public record ApiResponse<T>(T data, ApiError error) {

    public static <T> ApiResponse<T> of(T data) {
        return new ApiResponse<>(data, null);
    }

    public static ApiResponse<Void> failure(ApiError error) {
        return new ApiResponse<>(null, error);
    }
}
