-- Runs unchanged on SQLite and PostgreSQL.

-- Abuse limits count per requesting identity and per client address, no longer per target address: a stranger's
-- requests and wrong tries must not lock the owner of an address out. Codes remember the client that asked for
-- them (NULL for codes from before), and every wrong try is recorded with its identity and client.
ALTER TABLE verification_codes ADD COLUMN client_address VARCHAR(64);

CREATE INDEX ix_verification_codes_client_created ON verification_codes (client_address, created_at);

CREATE TABLE verification_failures (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    code_id         VARCHAR(36) NOT NULL,
    user_id         VARCHAR(36) NOT NULL,
    client_address  VARCHAR(64) NOT NULL,
    failed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_verification_failures_user_failed ON verification_failures (user_id, failed_at);
CREATE INDEX ix_verification_failures_client_failed ON verification_failures (client_address, failed_at);
CREATE INDEX ix_verification_failures_failed ON verification_failures (failed_at);
