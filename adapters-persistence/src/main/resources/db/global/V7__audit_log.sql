-- Audit trail (issue 8, docs/audit.md): one row per audited request. Append-only: the triggers below
-- refuse any UPDATE or DELETE, so not even a bug or a hand-typed statement can rewrite history.
-- Retention (pruning old rows) is future work and will need its own, explicit migration.
-- Numbered V7 to stay clear of a parallel branch's V6; Flyway runs it after whatever V6 becomes.

CREATE TABLE audit_log (
    id          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    at          INTEGER NOT NULL,
    actor_kind  TEXT    NOT NULL CHECK (actor_kind IN ('admin', 'superadmin', 'user', 'token', 'anonymous')),
    actor_id    TEXT    NOT NULL,
    actor_email TEXT,
    action      TEXT    NOT NULL,
    target_type TEXT    NOT NULL,
    target_id   TEXT,
    app         TEXT,
    client_ip   TEXT,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('success', 'denied', 'failed')),
    error_code  TEXT,
    method      TEXT    NOT NULL,
    route       TEXT    NOT NULL,
    status      INTEGER NOT NULL
);

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);
CREATE INDEX audit_log_app ON audit_log (app, at);
CREATE INDEX audit_log_action ON audit_log (action, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
