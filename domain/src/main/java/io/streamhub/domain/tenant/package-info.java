/** Tenants, users and their memberships. Plain Java; depends on nothing outside the domain. */
package io.streamhub.domain.tenant;
