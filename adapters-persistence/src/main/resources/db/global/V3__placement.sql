-- LiveKit's own id for each node (rooms are pinned with it) and where each room was placed, and why.
ALTER TABLE nodes ADD COLUMN media_node_id TEXT;

CREATE TABLE room_placements (
    id           TEXT    NOT NULL PRIMARY KEY, -- "<app>/<room>"
    app_name     TEXT    NOT NULL,
    room         TEXT    NOT NULL,
    node_id      TEXT    NOT NULL,
    reasons      TEXT    NOT NULL, -- one reason per line
    decided_at   INTEGER NOT NULL,
    CHECK (id = app_name || '/' || room)
);
