package io.streamhub.adapter.web.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.streamhub.domain.access.Principal;
import jakarta.inject.Singleton;

/** Lets a controller method declare the domain {@link Principal} as a parameter. */
@Singleton
public class PrincipalBinder implements TypedRequestArgumentBinder<Principal> {
    @Override
    public Argument<Principal> argumentType() {
        return Argument.of(Principal.class);
    }

    @Override
    public BindingResult<Principal> bind(ArgumentConversionContext<Principal> context, HttpRequest<?> source) {
        return () -> source.getAttribute(RouteSecurityRule.PRINCIPAL_ATTRIBUTE, Principal.class);
    }
}
