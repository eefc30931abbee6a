-- Global store: tenants, users, apps, API tokens, cluster nodes, logs, usage and app secrets.
-- Timestamps are epoch milliseconds (INTEGER). A quota of -1 means unlimited.

CREATE TABLE tenants (
    id         TEXT    NOT NULL PRIMARY KEY CHECK (id = 'platform' OR id GLOB 'tnt_*'),
    name       TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    plan       TEXT    NOT NULL DEFAULT 'free',
    created_at INTEGER NOT NULL
);

CREATE TABLE quotas (
    tenant_id                   TEXT    NOT NULL PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    max_apps                    INTEGER NOT NULL CHECK (max_apps >= -1),
    max_concurrent_streams      INTEGER NOT NULL CHECK (max_concurrent_streams >= -1),
    max_recording_minutes_month INTEGER NOT NULL CHECK (max_recording_minutes_month >= -1),
    max_egress_gb_month         INTEGER NOT NULL CHECK (max_egress_gb_month >= -1),
    max_storage_gb              INTEGER NOT NULL CHECK (max_storage_gb >= -1)
);

CREATE TABLE users (
    id            TEXT    NOT NULL PRIMARY KEY CHECK (id = 'admin' OR id GLOB 'usr_*'),
    email         TEXT    NOT NULL UNIQUE CHECK (email = lower(email)),
    name          TEXT    NOT NULL,
    is_superadmin INTEGER NOT NULL DEFAULT 0 CHECK (is_superadmin IN (0, 1)),
    password_hash TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
);

CREATE TABLE memberships (
    user_id    TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id  TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, tenant_id)
);
CREATE INDEX memberships_tenant ON memberships (tenant_id);

CREATE TABLE nodes (
    id           TEXT    NOT NULL PRIMARY KEY,
    name         TEXT    NOT NULL,
    url          TEXT    NOT NULL,
    region       TEXT    NOT NULL DEFAULT '',
    status       TEXT    NOT NULL DEFAULT 'unknown'
                         CHECK (status IN ('active', 'draining', 'disabled', 'down', 'unknown')),
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER,
    stats_json   TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(stats_json) AND length(stats_json) <= 4096)
);

CREATE TABLE apps (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    name                TEXT    NOT NULL UNIQUE,
    display_name        TEXT    NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    livekit_room_prefix TEXT    NOT NULL UNIQUE,
    tenant_id           TEXT    NOT NULL DEFAULT 'platform' REFERENCES tenants (id),
    node_id             TEXT    REFERENCES nodes (id) ON DELETE SET NULL, -- NULL: served by this core
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE INDEX apps_tenant ON apps (tenant_id);

CREATE TABLE api_tokens (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    token_hash       TEXT    NOT NULL CHECK (length(token_hash) = 64),
    scope            TEXT    NOT NULL CHECK (scope IN ('global', 'app')),
    app_id           INTEGER REFERENCES apps (id) ON DELETE CASCADE,
    tenant_id        TEXT    NOT NULL REFERENCES tenants (id),
    allowed_ips_json TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(allowed_ips_json)),
    last_used_at     INTEGER,
    created_at       INTEGER NOT NULL,
    revoked          INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    CHECK ((scope = 'app') = (app_id IS NOT NULL))
);
-- every API request looks its token up by hash
CREATE UNIQUE INDEX api_tokens_token_hash ON api_tokens (token_hash);
CREATE INDEX api_tokens_app ON api_tokens (app_id);

CREATE TABLE server_logs (
    id        INTEGER PRIMARY KEY,
    ts        INTEGER NOT NULL,
    level     TEXT    NOT NULL CHECK (level IN ('trace', 'debug', 'info', 'warn', 'error', 'fatal')),
    source    TEXT    NOT NULL,
    app_id    INTEGER REFERENCES apps (id) ON DELETE SET NULL,
    message   TEXT    NOT NULL,
    meta_json TEXT    CHECK (meta_json IS NULL OR json_valid(meta_json))
);
CREATE INDEX server_logs_ts ON server_logs (ts);
CREATE INDEX server_logs_app_level ON server_logs (app_id, level);
CREATE INDEX server_logs_app_ts ON server_logs (app_id, ts);

CREATE TABLE quota_usage (
    tenant_id         TEXT    NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    period            TEXT    NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    recording_minutes INTEGER NOT NULL DEFAULT 0 CHECK (recording_minutes >= 0),
    egress_bytes      INTEGER NOT NULL DEFAULT 0 CHECK (egress_bytes >= 0),
    PRIMARY KEY (tenant_id, period)
);

-- values are AES-256-GCM ciphertexts (base64 of IV + ciphertext + tag), never plaintext
CREATE TABLE app_secrets (
    app_name   TEXT    NOT NULL,
    key        TEXT    NOT NULL,
    ciphertext TEXT    NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (app_name, key)
);
