-- Sign-ins under way (each taken once) and signed-in sessions, by the SHA-256 of the
-- random id the browser's cookie carries (the table alone signs nobody in). A session row
-- outlives its end by an hour, its personal columns emptied, so that what a citizen typed
-- after it ended can be kept for them alone; the purge then deletes it.
CREATE TABLE IF NOT EXISTS signins (
    id TEXT PRIMARY KEY,
    pending TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS signins_expiry ON signins (expires_at);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    citizen TEXT NOT NULL,
    id_token TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_end ON sessions (ends_at);
