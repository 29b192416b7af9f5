-- Payment orders (one per dossier's fee), settled once by the gateway's signed
-- notification, whichever process it reaches; deleted a week after they were opened.
CREATE TABLE IF NOT EXISTS payment_orders (
    txn_ref TEXT PRIMARY KEY,
    amount INTEGER NOT NULL,
    status TEXT NOT NULL,
    settled INTEGER NOT NULL,
    transaction_no TEXT NOT NULL,
    bank_code TEXT NOT NULL,
    pay_date TEXT NOT NULL,
    late INTEGER NOT NULL,
    opened_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS payment_orders_opened ON payment_orders (opened_at);
