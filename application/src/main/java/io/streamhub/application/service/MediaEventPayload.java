package io.streamhub.application.service;

import io.streamhub.domain.event.MediaEvent;
import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.TrackInfo;
import io.streamhub.domain.stream.Stream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code data} of callbacks caused by media events (catalog section 5). Stream keys, URLs with
 * credentials and tokens are never part of it.
 */
final class MediaEventPayload {
    private MediaEventPayload() {
    }

    /** A LiveKit event, forwarded: room, participant, track, ingress and egress when present. */
    static Map<String, Object> forwarded(MediaEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("room", event.roomName().orElse(null));
        event.participant().ifPresent(p -> data.put("participant", participant(p)));
        event.track().ifPresent(t -> data.put("track", track(t)));
        event.ingress().ifPresent(i -> data.put("ingress", ingress(i)));
        event.egressId().ifPresent(id -> data.put("egress", Map.of("egressId", id)));
        data.put("eventId", event.id());
        data.put("createdAt", event.createdAt().getEpochSecond());
        return data;
    }

    static Map<String, Object> streamStarted(Stream stream, MediaEvent cause) {
        Map<String, Object> data = streamBase(stream);
        data.put("type", stream.type().key());
        cause.ingress().ifPresentOrElse(i -> data.put("ingressId", i.id()), () -> data.put("participant", stream.participant()));
        return data;
    }

    static Map<String, Object> streamEnded(Stream stream, MediaEvent cause) {
        Map<String, Object> data = streamBase(stream);
        cause.ingress().ifPresentOrElse(i -> data.put("ingressId", i.id()), () -> data.put("participant", stream.participant()));
        return data;
    }

    /** A stream that reconciliation started or ended, or that an operator stopped ({@code reason}). */
    static Map<String, Object> changed(Stream stream, String reason) {
        Map<String, Object> data = streamBase(stream);
        if (stream.active()) {
            data.put("type", stream.type().key());
        }
        data.put("participant", stream.participant());
        data.put("reason", reason);
        return data;
    }

    /** An RTMP ingress that started without its StreamHub password: ended at once. */
    static Map<String, Object> refusedIngress(IngressInfo ingress) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("streamId", ingress.id());
        data.put("room", ingress.room());
        data.put("reason", "unauthorized_rtmp_password");
        return data;
    }

    private static Map<String, Object> streamBase(Stream stream) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("streamId", stream.streamId());
        data.put("room", stream.room());
        return data;
    }

    private static Map<String, Object> participant(ParticipantInfo p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("identity", p.identity());
        m.put("name", p.name());
        m.put("sid", p.sid());
        m.put("hidden", p.hidden());
        return m;
    }

    private static Map<String, Object> track(TrackInfo t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sid", t.sid());
        m.put("type", t.kind().name());
        m.put("source", t.source());
        m.put("muted", t.muted());
        return m;
    }

    private static Map<String, Object> ingress(IngressInfo i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ingressId", i.id());
        m.put("inputType", i.inputType().name().toLowerCase(Locale.ROOT));
        m.put("roomName", i.room());
        return m;
    }
}
