-- StreamHub's own passwords on the app's RTMP ingresses: only the hash is kept. Timestamps are epoch milliseconds.

CREATE TABLE ingress_auth (
    ingress_id    TEXT    PRIMARY KEY,
    password_hash TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    validated_at  INTEGER -- NULL until the password was validated
);
