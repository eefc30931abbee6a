package io.streamhub.application.port.out;

import io.streamhub.domain.room.JoinGrant;

/** Signs join tokens the media server accepts. */
public interface MediaTokenIssuer {
    /**
     * @throws io.streamhub.domain.error.UnavailableException when the media server's credentials are not configured
     */
    String sign(JoinGrant grant);
}
