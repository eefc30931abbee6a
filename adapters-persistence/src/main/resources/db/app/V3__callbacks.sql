-- Outbound callbacks: the app's endpoints and its outbox. An event is written in the same
-- transaction as the state change that caused it; a delivery per (event, endpoint) carries the
-- retry state; every attempt is kept for the delivery log. Timestamps are epoch milliseconds.

CREATE TABLE callback_endpoints (
    id          TEXT    PRIMARY KEY,
    url         TEXT    NOT NULL,
    events_json TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(events_json)),
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    description TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);

CREATE TABLE callback_events (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT    NOT NULL UNIQUE, -- the envelope id, sent as x-streamhub-delivery and webhook-id
    event      TEXT    NOT NULL,
    room       TEXT,
    created_at INTEGER NOT NULL,
    body       TEXT    NOT NULL         -- the envelope as sent and signed, byte for byte
);

CREATE TABLE callback_deliveries (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT    NOT NULL UNIQUE,
    event_seq       INTEGER NOT NULL REFERENCES callback_events (seq) ON DELETE CASCADE,
    endpoint_id     TEXT    NOT NULL, -- 'config' for the app config's callbacks.url
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER,
    retry_from      INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    last_status     INTEGER,
    last_error      TEXT,
    CHECK (status <> 'pending' OR next_attempt_at IS NOT NULL)
);
CREATE INDEX callback_deliveries_due ON callback_deliveries (status, next_attempt_at);
CREATE INDEX callback_deliveries_endpoint ON callback_deliveries (endpoint_id, status, seq);
CREATE INDEX callback_deliveries_created ON callback_deliveries (created_at);
CREATE INDEX callback_deliveries_event ON callback_deliveries (event_seq);

CREATE TABLE callback_attempts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_seq INTEGER NOT NULL REFERENCES callback_deliveries (seq) ON DELETE CASCADE,
    attempt      INTEGER NOT NULL CHECK (attempt >= 1),
    at           INTEGER NOT NULL,
    status_code  INTEGER,
    latency_ms   INTEGER NOT NULL CHECK (latency_ms >= 0),
    error        TEXT
);
CREATE INDEX callback_attempts_delivery ON callback_attempts (delivery_seq, attempt);
