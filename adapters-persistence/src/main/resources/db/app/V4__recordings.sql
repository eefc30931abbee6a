-- Recordings (issue 4): the egress → VOD mapping is a unique column of the app's own vods table, so
-- an egress webhook finds its VOD in the app its room belongs to without reading any other app.
-- Upload jobs are durable: one row per VOD whose file still has to reach the bucket, with its
-- attempts, next attempt (epoch milliseconds) and last error; deleted in the transaction that makes
-- the VOD ready or failed for good.

ALTER TABLE vods ADD COLUMN egress_id TEXT;
ALTER TABLE vods ADD COLUMN failure TEXT;
CREATE UNIQUE INDEX vods_egress ON vods (egress_id) WHERE egress_id IS NOT NULL;
CREATE INDEX vods_started ON vods (started_at);

CREATE TABLE upload_jobs (
    vod_id          INTEGER PRIMARY KEY,
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT
);
CREATE INDEX upload_jobs_due ON upload_jobs (next_attempt_at);
