/** Events reported by the media server, verified and translated. Plain Java only. */
package io.streamhub.domain.event;
