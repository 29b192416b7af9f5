-- The fee of each submitted dossier the procedure engine took online: the current payment
-- (its gateway reference, how many were started, how) and, once paid, what the receipt
-- says, copied from the order (orders are deleted after a week; the receipt stays with
-- the dossier).
CREATE TABLE IF NOT EXISTS dossier_payments (
    draft_id TEXT PRIMARY KEY,
    amount INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    txn_ref TEXT NOT NULL,
    method TEXT NOT NULL,
    payer TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    transaction_no TEXT NOT NULL,
    bank_code TEXT NOT NULL,
    pay_date TEXT NOT NULL
);
