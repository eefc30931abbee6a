/**
 * Distribution: how viewers of a room get the media (WebRTC through an edge, HLS through a CDN, a P2P
 * mesh on top of HLS), the playback plan the viewer router hands out, and event pricing. Plain Java only.
 */
package io.streamhub.domain.distribution;
