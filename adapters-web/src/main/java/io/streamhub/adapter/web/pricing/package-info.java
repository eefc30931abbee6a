/**
 * HTTP entry points for planning an event: its CDN cost at the configured list prices and the distribution
 * mode the seeds' decision matrix recommends (docs/pricing.md). Read-only; any authenticated caller.
 */
package io.streamhub.adapter.web.pricing;
