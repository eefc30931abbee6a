package io.streamhub.adapter.web.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.streamhub.domain.error.DomainException;
import jakarta.inject.Singleton;

/** Renders every business failure thrown by a use case. */
@Produces
@Singleton
@Requires(classes = {DomainException.class, ExceptionHandler.class})
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
        return ErrorResponses.of(exception);
    }
}
