/** Principals, route requirements and the access policy. Plain Java only. */
package io.streamhub.domain.access;
