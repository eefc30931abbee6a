/**
 * Live HLS: where a room's playlist and segments live, which request paths may name them, how each
 * kind of file is typed and cached, and the segment settings of an app. Plain Java only.
 */
package io.streamhub.domain.hls;
