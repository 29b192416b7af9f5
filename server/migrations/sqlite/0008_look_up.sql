-- Wrong look-ups of each dossier code as typed (the SHA-256 of it, whether or not a dossier
-- has it, so the table tells nobody which codes exist): past the most in an hour, that code
-- is not looked up again until the hour is over, whichever process answers (the limit per
-- client is each process's own).
CREATE TABLE IF NOT EXISTS look_up_misses (
    code_key TEXT PRIMARY KEY,
    since INTEGER NOT NULL,
    misses INTEGER NOT NULL
);
