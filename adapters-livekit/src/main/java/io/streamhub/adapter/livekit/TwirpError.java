package io.streamhub.adapter.livekit;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.StructOrBuilder;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import io.streamhub.domain.error.DomainException;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.error.UpstreamException;

/**
 * A non-2xx Twirp answer: {@code {"code":"not_found","msg":"..."}} with a matching HTTP status.
 * A body that is not Twirp JSON (a proxy's error page) keeps the HTTP status as its code.
 */
record TwirpError(int status, String code, String msg) {
    static final String UNAVAILABLE = "livekit_unavailable";
    static final String ERROR = "livekit_error";

    static TwirpError parse(int status, String body) {
        String text = body == null ? "" : body.strip();
        try {
            Struct.Builder json = Struct.newBuilder();
            JsonFormat.parser().ignoringUnknownFields().merge(text, json);
            String code = string(json, "code");
            if (!code.isEmpty()) {
                return new TwirpError(status, code, string(json, "msg"));
            }
        } catch (InvalidProtocolBufferException | RuntimeException notJson) {
            // fall through: not a Twirp error body
        }
        return new TwirpError(status, "http_" + status, text.length() > 200 ? text.substring(0, 200) + "..." : text);
    }

    boolean notFound() {
        return "not_found".equals(code);
    }

    /**
     * LiveKit's own "cannot serve this now" answers become {@link UnavailableException}; everything
     * else is an {@link UpstreamException}.
     */
    DomainException toException(String method) {
        String detail = "LiveKit " + method + ": " + code + " " + msg;
        if (msg.contains("ingress not connected")) {
            // a LiveKit server without Redis has no ingress service at all (v1.13.5 answers 500 internal)
            return new UnavailableException(UNAVAILABLE,
                    detail + " (ingress needs a LiveKit server with Redis and a livekit-ingress service)");
        }
        boolean unavailable = switch (code) {
            case "unavailable", "deadline_exceeded" -> true;
            default -> code.startsWith("http_") && (status == 502 || status == 503 || status == 504);
        };
        return unavailable ? new UnavailableException(UNAVAILABLE, detail) : new UpstreamException(ERROR, detail);
    }

    private static String string(StructOrBuilder json, String field) {
        Value value = json.getFieldsOrDefault(field, Value.getDefaultInstance());
        return value.getKindCase() == Value.KindCase.STRING_VALUE ? value.getStringValue() : "";
    }
}
