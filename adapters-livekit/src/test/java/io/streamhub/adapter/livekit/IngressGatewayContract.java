package io.streamhub.adapter.livekit;

import static io.streamhub.adapter.livekit.LiveKitFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.error.UpstreamException;
import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.ingress.IngressSpec;
import io.streamhub.domain.ingress.InputType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a {@link MediaServerGateway} must do for ingress on a LiveKit whose ingress API is
 * available (the mock; a real livekit-server with Redis). RTMP and WHIP ingress are created by
 * livekit-server itself, without an ingress worker; URL ingress needs a worker and is not part of
 * this contract.
 */
abstract class IngressGatewayContract {

    protected abstract MediaServerGateway gateway();

    @Test
    void createdRtmpIngressIsListedForItsRoom() {
        String room = unique("room");
        String identity = unique("enc");

        IngressInfo created = gateway().createIngress(new IngressSpec(InputType.RTMP, "studio", room, identity, "Studio", null, true));

        assertTrue(created.id().startsWith("IN_"), created.id());
        assertEquals("studio", created.name());
        assertEquals(InputType.RTMP, created.inputType());
        assertFalse(created.streamKey().isBlank(), "stream key");
        assertEquals(room, created.room());
        assertEquals(identity, created.participantIdentity());
        assertEquals("Studio", created.participantName());
        assertEquals("endpoint_inactive", created.status());
        assertNull(created.startedAt());
        assertEquals(List.of(created), gateway().listIngress(Optional.of(room)));
        assertTrue(gateway().listIngress(Optional.empty()).contains(created));
        assertEquals(List.of(), gateway().listIngress(Optional.of(unique("other"))));
    }

    @Test
    void whipIngressMayBypassTranscoding() {
        String room = unique("room");

        IngressInfo created = gateway().createIngress(new IngressSpec(InputType.WHIP, "browser", room, unique("enc"), null, null, false));

        assertEquals(InputType.WHIP, created.inputType());
        assertEquals(room, created.room());
        assertEquals(List.of(created.id()), gateway().listIngress(Optional.of(room)).stream().map(IngressInfo::id).toList());
    }

    @Test
    void deletedIngressIsGoneAndDeletingItAgainIsFalse() {
        String room = unique("room");
        IngressInfo created = gateway().createIngress(new IngressSpec(InputType.RTMP, "studio", room, unique("enc"), null, null, true));

        assertTrue(gateway().deleteIngress(created.id()));

        assertEquals(List.of(), gateway().listIngress(Optional.of(room)));
        assertFalse(gateway().deleteIngress(created.id()));
        assertFalse(gateway().deleteIngress("IN_unknown"));
    }
}
