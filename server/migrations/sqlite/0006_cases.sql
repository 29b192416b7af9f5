-- Submitted dossiers at the one-stop desk: where each stands now (a row per dossier,
-- changed only together with an event), and every event of its life, append-only: the
-- database itself refuses to change or delete one.
CREATE TABLE IF NOT EXISTS cases (
    code TEXT PRIMARY KEY,
    draft_id TEXT NOT NULL UNIQUE,
    service TEXT NOT NULL,
    agency TEXT NOT NULL,
    owner TEXT,
    applicant TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    received_day TEXT NOT NULL,
    status TEXT NOT NULL,
    due TEXT,
    changed_at INTEGER NOT NULL,
    -- The SHA-256 of the code with the last digits of the identification number and of the
    -- phone given (the look-up's second factor), never the digits.
    factors TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_queue ON cases (agency, status, received_at);
CREATE INDEX IF NOT EXISTS cases_by_received ON cases (agency, received_at);
CREATE INDEX IF NOT EXISTS cases_by_owner ON cases (owner, received_at) WHERE owner IS NOT NULL;
CREATE TABLE IF NOT EXISTS case_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL,
    at INTEGER NOT NULL,
    happened TEXT NOT NULL,
    -- The agency that acted (NULL: the citizen) and the officer's account (the desk's audit).
    office TEXT,
    officer TEXT,
    reason TEXT,
    basis TEXT,
    due TEXT,
    items TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS case_events_by_code ON case_events (code, id);
CREATE TRIGGER IF NOT EXISTS case_events_not_changed BEFORE UPDATE ON case_events BEGIN
    SELECT RAISE(ABORT, 'case_events is append-only');
END;
CREATE TRIGGER IF NOT EXISTS case_events_not_deleted BEFORE DELETE ON case_events BEGIN
    SELECT RAISE(ABORT, 'case_events is append-only');
END;
