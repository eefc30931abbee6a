-- Server logs (issue 8, docs/observability.md "Logs"): the important log lines (WARN and above, and INFO
-- lines flagged event=…), already masked, written asynchronously by the logging appender.
-- ts is epoch milliseconds; level_no orders severities (trace 10, debug 20, info 30, warn 40, error 50)
-- so that "level at least warn" is a range. app is the app's name as the line named it, without a foreign
-- key: a deleted app's lines stay readable until retention removes them (LOG_RETENTION_DAYS, LOG_DB_MAX_ROWS).

CREATE TABLE server_logs (
    id        INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    ts        INTEGER NOT NULL,
    level     TEXT    NOT NULL CHECK (level IN ('trace', 'debug', 'info', 'warn', 'error')),
    level_no  INTEGER NOT NULL,
    source    TEXT    NOT NULL,
    app       TEXT,
    message   TEXT    NOT NULL,
    meta_json TEXT
);

CREATE INDEX server_logs_ts ON server_logs (ts);
CREATE INDEX server_logs_app_ts ON server_logs (app, ts);
CREATE INDEX server_logs_level_ts ON server_logs (level_no, ts);
