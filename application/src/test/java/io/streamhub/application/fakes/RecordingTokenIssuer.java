package io.streamhub.application.fakes;

import io.streamhub.application.port.out.MediaTokenIssuer;
import io.streamhub.domain.room.JoinGrant;
import java.util.ArrayList;
import java.util.List;

/** Remembers every grant it signs; the "token" names the room and identity. */
public class RecordingTokenIssuer implements MediaTokenIssuer {
    public final List<JoinGrant> signed = new ArrayList<>();

    @Override
    public String sign(JoinGrant grant) {
        signed.add(grant);
        return "token-for-" + grant.room() + "-" + grant.identity();
    }
}
