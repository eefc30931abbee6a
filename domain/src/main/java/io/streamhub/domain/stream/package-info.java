/** Live streams and the rules that keep them in step with the media server. Plain Java only. */
package io.streamhub.domain.stream;
