-- Drafts handed to an officer at a one-stop counter: the short code the citizen's screen
-- showed (only its SHA-256), the draft and the citizen it stands for (what their identity
-- vouched for, so the officer's pages vouch the same), until when it may be taken, and who
-- took it (the office, and the officer's account for audit), once.
CREATE TABLE IF NOT EXISTS hand_offs (
    id TEXT PRIMARY KEY,
    code_key TEXT NOT NULL,
    draft_id TEXT NOT NULL,
    service TEXT NOT NULL,
    subject TEXT NOT NULL,
    name TEXT NOT NULL,
    id_number TEXT,
    birth_date TEXT,
    level INTEGER NOT NULL,
    made_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    taken_at INTEGER,
    agency TEXT,
    officer TEXT
);
CREATE INDEX IF NOT EXISTS hand_offs_code ON hand_offs (code_key);
CREATE INDEX IF NOT EXISTS hand_offs_draft ON hand_offs (draft_id);
