/** Ingress: RTMP, WHIP and URL inputs that publish into rooms. Plain Java only. */
package io.streamhub.domain.ingress;
