/** Apps: slugs, room namespacing and per-app configuration rules. Plain Java only. */
package io.streamhub.domain.app;
