package io.streamhub.domain.ingress;

import io.streamhub.domain.error.InvalidInputException;

/** How media enters an ingress. */
public enum InputType {
    RTMP("rtmp"), WHIP("whip"), URL("url");

    private final String key;

    InputType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static InputType parse(String text) {
        for (InputType type : values()) {
            if (type.key.equals(text)) {
                return type;
            }
        }
        throw new InvalidInputException("inputType", "inputType must be rtmp, whip or url");
    }
}
