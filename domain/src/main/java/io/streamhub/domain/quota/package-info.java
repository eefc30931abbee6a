/** Per-tenant quotas and their arithmetic. Plain Java only. */
package io.streamhub.domain.quota;
