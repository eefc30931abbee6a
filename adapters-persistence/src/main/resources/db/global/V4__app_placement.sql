-- An app's say in placement: only these nodes (when any are pinned), never those.
CREATE TABLE app_placement (
    app_name TEXT NOT NULL PRIMARY KEY,
    pinned   TEXT NOT NULL DEFAULT '', -- node ids, one per line
    denied   TEXT NOT NULL DEFAULT ''
);
