-- Network security (issue 8): the operator's IP rules and the bans that must survive a restart.
-- Offenses that have not led to a ban are kept in memory only.
CREATE TABLE ip_rules (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    cidr       TEXT    NOT NULL UNIQUE,
    action     TEXT    NOT NULL CHECK (action IN ('allow', 'block')),
    note       TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    created_by TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE ip_bans (
    ip               TEXT    PRIMARY KEY,
    reason           TEXT    NOT NULL,
    first_seen       INTEGER NOT NULL,
    offense_count    INTEGER NOT NULL CHECK (offense_count >= 0),
    banned_until     INTEGER NOT NULL,
    escalation_level INTEGER NOT NULL CHECK (escalation_level >= 0)
);
