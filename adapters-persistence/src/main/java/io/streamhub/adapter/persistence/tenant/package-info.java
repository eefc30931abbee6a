/** Tenants and their quotas in the global store ({@code tenants}, {@code quotas}). */
package io.streamhub.adapter.persistence.tenant;
