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
    failures BIGINT NOT NULL,
    locked_until BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS desk_sessions (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL,
    code TEXT,
    tries BIGINT NOT NULL,
    signed_in BIGINT NOT NULL,
    started_at BIGINT NOT NULL,
    code_sent_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS desk_sessions_end ON desk_sessions (ends_at);
CREATE TABLE IF NOT EXISTS outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient TEXT NOT NULL,
    channel TEXT NOT NULL,
    body TEXT NOT NULL,
    dossier TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
