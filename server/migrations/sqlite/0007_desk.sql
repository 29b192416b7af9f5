-- The one-stop desk's officers (passwords as argon2id hashes; wrong ones counted, the
-- account locked for a while past the most), their sessions and sign-ins under way (by the
-- SHA-256 of the cookie's random id; the one-time code only hashed), and the outbox of
-- messages a portal's e-mail or SMS sender reads and marks sent.
CREATE TABLE IF NOT EXISTS officers (
    login TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    agency TEXT NOT NULL,
    phone TEXT NOT NULL,
    password TEXT NOT NULL,
    failures INTEGER NOT NULL,
    locked_until INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS desk_sessions (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL,
    code TEXT,
    tries INTEGER NOT NULL,
    signed_in INTEGER NOT NULL,
    started_at INTEGER NOT NULL,
    code_sent_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS desk_sessions_end ON desk_sessions (ends_at);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient TEXT NOT NULL,
    channel TEXT NOT NULL,
    body TEXT NOT NULL,
    dossier TEXT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
