/**
 * The LiveKit adapter: implements the media-server out-ports with io.livekit:livekit-server
 * (Twirp clients, access tokens, webhook verification). LiveKit SDK types never leave this
 * package. May depend on the application and the LiveKit SDK; never on another adapter.
 */
package io.streamhub.adapter.livekit;
