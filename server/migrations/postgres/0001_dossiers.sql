-- Drafts (a citizen's answers so far), the files attached to them, and each agency's
-- daily sequence of dossier codes; the jobs one process at a time runs (the purge).
CREATE TABLE IF NOT EXISTS drafts (
    id TEXT PRIMARY KEY,
    service TEXT NOT NULL,
    answers TEXT NOT NULL,
    step TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    code TEXT,
    owner TEXT,
    claimant TEXT
);
CREATE INDEX IF NOT EXISTS drafts_expiry ON drafts (expires_at) WHERE code IS NULL;
CREATE INDEX IF NOT EXISTS drafts_by_owner ON drafts (owner, service, updated_at) WHERE owner IS NOT NULL;
CREATE INDEX IF NOT EXISTS drafts_unowned ON drafts (claimant, service, updated_at) WHERE owner IS NULL AND code IS NULL;
CREATE TABLE IF NOT EXISTS draft_files (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id TEXT NOT NULL,
    question TEXT NOT NULL,
    name TEXT NOT NULL,
    content BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS draft_files_by_draft ON draft_files (draft_id, question);
CREATE TABLE IF NOT EXISTS sequences (
    agency TEXT NOT NULL,
    day TEXT NOT NULL,
    last BIGINT NOT NULL,
    PRIMARY KEY (agency, day)
);
CREATE TABLE IF NOT EXISTS jobs (
    name TEXT PRIMARY KEY,
    taken_until BIGINT NOT NULL
);
