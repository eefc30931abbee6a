package io.streamhub.adapter.web.security;

import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A role permission. The target is read from the route: the path variable {@code app} or
 * {@code name} names an app, {@code tenantId} names a tenant.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresPermission {
    Resource resource();

    Action action();
}
