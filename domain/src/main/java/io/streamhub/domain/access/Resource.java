package io.streamhub.domain.access;

import java.util.Locale;

/** The kinds of things permissions are granted on. */
public enum Resource {
    APP, CONFIG, S3, STREAM, RECORDING, VOD, BROADCAST, SAMPLE, INGRESS, TENANT, USAGE, TOKEN, ROOM, CALLBACK, NODE, LOG;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
