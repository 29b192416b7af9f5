-- Drafts (a citizen's answers so far), the files attached to them, and each agency's
-- daily sequence of dossier codes; the jobs one process at a time runs (the purge).
CREATE TABLE IF NOT EXISTS drafts (
    id TEXT PRIMARY KEY,
    service TEXT NOT NULL,
    answers TEXT NOT NULL,
    step TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    code TEXT,
    owner TEXT,
    claimant TEXT,
    -- Saving order (the rowid), for the newest of drafts saved in the same second.
    seq INTEGER
);
CREATE TRIGGER IF NOT EXISTS drafts_seq AFTER INSERT ON drafts BEGIN
    UPDATE drafts SET seq = NEW.rowid WHERE rowid = NEW.rowid;
END;
CREATE INDEX IF NOT EXISTS drafts_expiry ON drafts (expires_at) WHERE code IS NULL;
CREATE INDEX IF NOT EXISTS drafts_by_owner ON drafts (owner, service, updated_at, seq) WHERE owner IS NOT NULL;
CREATE INDEX IF NOT EXISTS drafts_unowned ON drafts (claimant, service, updated_at) WHERE owner IS NULL AND code IS NULL;
CREATE TABLE IF NOT EXISTS draft_files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id TEXT NOT NULL,
    question TEXT NOT NULL,
    name TEXT NOT NULL,
    content BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS draft_files_by_draft ON draft_files (draft_id, question);
CREATE TABLE IF NOT EXISTS sequences (
    agency TEXT NOT NULL,
    day TEXT NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (agency, day)
);
CREATE TABLE IF NOT EXISTS jobs (
    name TEXT PRIMARY KEY,
    taken_until INTEGER NOT NULL
);
