-- Submitted dossiers at the one-stop desk: where each stands now (a row per dossier,
-- changed only together with an event), and every event of its life, append-only: the
-- database itself refuses to change, delete or truncate one.
CREATE TABLE IF NOT EXISTS cases (
    code TEXT PRIMARY KEY,
    draft_id TEXT NOT NULL UNIQUE,
    service TEXT NOT NULL,
    agency TEXT NOT NULL,
    owner TEXT,
    applicant TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    received_day TEXT NOT NULL,
    status TEXT NOT NULL,
    due TEXT,
    changed_at BIGINT NOT NULL,
    -- The SHA-256 of the code with the last digits of the identification number and of the
    -- phone given (the look-up's second factor), never the digits.
    factors TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_queue ON cases (agency, status, received_at);
CREATE INDEX IF NOT EXISTS cases_by_received ON cases (agency, received_at);
CREATE INDEX IF NOT EXISTS cases_by_owner ON cases (owner, received_at) WHERE owner IS NOT NULL;
CREATE TABLE IF NOT EXISTS case_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code TEXT NOT NULL,
    at BIGINT NOT NULL,
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
CREATE OR REPLACE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case_events is append-only';
END
$$;
CREATE TRIGGER case_events_not_changed BEFORE UPDATE OR DELETE ON case_events
    FOR EACH ROW EXECUTE FUNCTION case_events_append_only();
CREATE TRIGGER case_events_not_truncated BEFORE TRUNCATE ON case_events
    FOR EACH STATEMENT EXECUTE FUNCTION case_events_append_only();
