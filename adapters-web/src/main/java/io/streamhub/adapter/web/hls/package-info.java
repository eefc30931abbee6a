/**
 * Live HLS over HTTP: {@code /hls/<app>/<room>/<file>} served from the apps' HLS directories by a
 * Netty handler ahead of Micronaut's router (zero-copy file regions), with the cache, CORS and range
 * rules of {@link io.streamhub.adapter.web.hls.HlsResponsePlan}; the HLS egress API of streams.
 */
package io.streamhub.adapter.web.hls;
