-- What placement reads from each node: its declared capacity and its last reported load.
ALTER TABLE nodes ADD COLUMN max_cpu          REAL    NOT NULL DEFAULT 0.85 CHECK (max_cpu > 0 AND max_cpu <= 1);
ALTER TABLE nodes ADD COLUMN nic_bps          INTEGER NOT NULL DEFAULT 1000000000 CHECK (nic_bps > 0);
ALTER TABLE nodes ADD COLUMN max_participants INTEGER NOT NULL DEFAULT 1000 CHECK (max_participants > 0);
ALTER TABLE nodes ADD COLUMN cpu              REAL    NOT NULL DEFAULT 0 CHECK (cpu >= 0);
ALTER TABLE nodes ADD COLUMN tx_bps           INTEGER NOT NULL DEFAULT 0 CHECK (tx_bps >= 0);
ALTER TABLE nodes ADD COLUMN participants     INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0);
ALTER TABLE nodes ADD COLUMN rooms            INTEGER NOT NULL DEFAULT 0 CHECK (rooms >= 0);
CREATE UNIQUE INDEX nodes_name ON nodes (name);
