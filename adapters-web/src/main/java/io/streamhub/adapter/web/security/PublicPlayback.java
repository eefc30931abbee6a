package io.streamhub.adapter.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route of an app's playback is open to callers without credentials when that app allows public
 * playback ({@code features.publicPlayback} and not {@code playback.private}), read per request.
 * Otherwise, and for every caller presenting credentials, the route's {@link RequiresPermission} applies.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicPlayback {
}
