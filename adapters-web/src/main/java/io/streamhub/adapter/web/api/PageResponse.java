package io.streamhub.adapter.web.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of a list: {@code {data, error, total, limit, offset}}, {@code total} counting every match. */
@Serdeable
public record PageResponse<T>(List<T> data, ApiError error, long total, int limit, int offset) {

    public static <T> PageResponse<T> of(List<T> data, long total, int limit, int offset) {
        return new PageResponse<>(data, null, total, limit, offset);
    }
}
