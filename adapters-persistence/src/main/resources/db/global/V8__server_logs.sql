-- Server logs (issue 8, docs/observability.md "Logs"): the important log lines (WARN and above, and INFO
-- lines flagged event=…), already masked, written asynchronously by the logging appender.
-- ts is epoch milliseconds; level_no orders severities (trace 10, debug 20, info 30, warn 40, error 50)
-- so that "level at least warn" is a range. app is the app's name as the line named it, without a foreign
-- key: a deleted app's lines stay readable until retention removes them (LOG_RETENTION_DAYS, LOG_DB_MAX_ROWS).

-- V1 created a server_logs after the reference schema (app_id → apps.id); nothing ever wrote to it. It is
-- replaced: apps are addressed by name everywhere in the API, and a level number makes "at least" a range.
DROP TABLE server_logs;

CREATE TABLE server_logs (
    id        INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    ts        INTEGER NOT NULL,
    level     TEXT    NOT NULL CHECK (level IN ('trace', 'debug', 'info', 'warn', 'error')),
    level_no  INTEGER NOT NULL,
    source    TEXT    NOT NULL,
    app       TEXT,
    message   TEXT    NOT NULL,
    meta_json TEXT    CHECK (meta_json IS NULL OR json_valid(meta_json))
);

CREATE INDEX server_logs_ts ON server_logs (ts);
CREATE INDEX server_logs_app_ts ON server_logs (app, ts);
CREATE INDEX server_logs_level_ts ON server_logs (level_no, ts);
