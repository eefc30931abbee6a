package io.streamhub.domain.ingress;

import io.streamhub.domain.error.InvalidInputException;

/**
 * An ingress to create, already namespaced. A {@code url} ingress pulls from {@code url}
 * (rtmp, rtmps, rtsp, http(s) or srt), the others are pushed to.
 */
public record IngressSpec(InputType inputType, String name, String room, String participantIdentity,
                          String participantName, String url, boolean transcode) {
    public IngressSpec {
        if (inputType == InputType.URL) {
            if (url == null || url.isBlank()) {
                throw new InvalidInputException("url", "url is required when inputType=url");
            }
            if (url.length() > 500 || !url.matches("^(rtmps?|rtsp|https?|srt)://\\S+$")) {
                throw new InvalidInputException("url", "url must be an rtmp, rtmps, rtsp, http(s) or srt URL of at most 500 characters");
            }
        } else if (url != null) {
            throw new InvalidInputException("url", "url is only valid when inputType=url");
        }
        if (!transcode && inputType != InputType.WHIP) {
            throw new InvalidInputException("enableTranscoding", "only whip ingress can pass media through untranscoded");
        }
        if (participantIdentity == null || participantIdentity.isBlank() || participantIdentity.length() > 120) {
            throw new InvalidInputException("participantIdentity", "participantIdentity must be 1 to 120 characters");
        }
        if (participantName != null && participantName.length() > 120) {
            throw new InvalidInputException("participantName", "participantName must be at most 120 characters");
        }
    }
}
