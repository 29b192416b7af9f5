-- A portal's small records kept for a time (a confirmation and its payment step, say):
-- one JSON value under a random key, of a kind, maybe a citizen's (their subject), until
-- it expires.
CREATE TABLE IF NOT EXISTS records (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    owner TEXT,
    value TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX IF NOT EXISTS records_expiry ON records (expires_at);
