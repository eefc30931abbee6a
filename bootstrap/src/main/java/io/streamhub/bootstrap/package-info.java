/** Wiring only: the entry point, start-up checks and the factories that build services from ports. */
package io.streamhub.bootstrap;
