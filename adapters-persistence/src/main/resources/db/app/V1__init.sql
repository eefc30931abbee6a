-- One app's own database (DATA_DIR/apps/<app>/app.db). Timestamps are epoch milliseconds.

CREATE TABLE streams (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    stream_id       TEXT    NOT NULL UNIQUE, -- "<room>/<participant identity>"
    type            TEXT    NOT NULL CHECK (type IN ('webrtc', 'rtmp', 'rtsp', 'whip', 'ws-mjpeg')),
    room            TEXT    NOT NULL,
    participant     TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
    started_at      INTEGER NOT NULL,
    ended_at        INTEGER,
    last_stats_json TEXT    CHECK (last_stats_json IS NULL OR json_valid(last_stats_json)),
    CHECK (status = 'active' OR ended_at IS NOT NULL)
);
CREATE INDEX streams_status ON streams (status);

CREATE TABLE vods (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    stream_id     TEXT,
    room          TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    file_key      TEXT,
    s3_url        TEXT,
    public_url    TEXT,
    size_bytes    INTEGER CHECK (size_bytes IS NULL OR size_bytes >= 0),
    duration_s    REAL    CHECK (duration_s IS NULL OR duration_s >= 0),
    width         INTEGER,
    height        INTEGER,
    format        TEXT,
    status        TEXT    NOT NULL DEFAULT 'recording' CHECK (status IN ('recording', 'uploading', 'ready', 'failed')),
    local_path    TEXT,
    started_at    INTEGER NOT NULL,
    ended_at      INTEGER,
    metatags_json TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(metatags_json)),
    snapshot_key  TEXT
);
CREATE INDEX vods_room_started ON vods (room, started_at);
CREATE INDEX vods_status ON vods (status);

CREATE TABLE _streamhub_meta (
    key        TEXT    NOT NULL PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);
