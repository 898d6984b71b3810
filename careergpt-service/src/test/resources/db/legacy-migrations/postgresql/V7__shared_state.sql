-- PostgreSQL flavour; sqlite/V7__shared_state.sql is the same schema on SQLite (without the rate-limit buckets).

-- Store order of jobs: every instance's near-duplicate index catches up with the jobs others stored by it.
-- The one row is also the lock that makes store decisions of all instances one at a time.
CREATE TABLE store_sequences (
    name  VARCHAR(50) NOT NULL PRIMARY KEY,
    value BIGINT      NOT NULL
);
INSERT INTO store_sequences (name, value) VALUES ('jobs', 0);
ALTER TABLE jobs ADD COLUMN store_seq BIGINT;
CREATE INDEX ix_jobs_store_seq ON jobs (store_seq);

-- Per-user token buckets shared by all instances (Bucket4j's PostgreSQL proxy manager, SELECT ... FOR UPDATE);
-- expires_at (epoch ms) is when a bucket would be full again, after which its row is purged.
CREATE TABLE rate_limit_buckets (
    id         VARCHAR(100) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX ix_rate_limit_buckets_expires_at ON rate_limit_buckets (expires_at);
