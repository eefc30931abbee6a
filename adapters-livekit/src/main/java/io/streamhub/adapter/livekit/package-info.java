/**
 * The LiveKit adapter: implements the media-server out-ports with io.livekit:livekit-server
 * (Twirp clients for RoomService and Ingress, access tokens, webhook verification). LiveKit SDK
 * types never leave this package: {@code LiveKitMapper} turns them into domain records, and
 * failures become domain exceptions (unreachable or timed out: {@code livekit_unavailable};
 * error answers: {@code livekit_error}; {@code not_found}: empty results).
 * May depend on the application and the LiveKit SDK; never on another adapter.
 */
package io.streamhub.adapter.livekit;
