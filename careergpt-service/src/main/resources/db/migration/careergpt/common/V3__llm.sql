-- Runs on SQLite and PostgreSQL; the type words that differ are Flyway placeholders (schema/SchemaVendor).
-- Times are epoch milliseconds (UTC); day is the UTC date of started_at, for the daily spend roll-up.

-- Spend ledger: one row per provider call, repair call or cache hit.
CREATE TABLE llm_calls (
    id                 ${generated_id},
    request_id         VARCHAR(100),
    user_id            VARCHAR(100),
    task               VARCHAR(40)  NOT NULL,
    kind               VARCHAR(10)  NOT NULL,
    provider           VARCHAR(40)  NOT NULL,
    model              VARCHAR(200),
    prompt_version     VARCHAR(20)  NOT NULL,
    prompt_tokens      BIGINT       NOT NULL,
    completion_tokens  BIGINT       NOT NULL,
    started_at         BIGINT       NOT NULL,
    ended_at           BIGINT       NOT NULL,
    latency_ms         BIGINT       NOT NULL,
    day                VARCHAR(10)  NOT NULL,
    estimated_cost_usd DOUBLE PRECISION NOT NULL,
    cache_hit          INTEGER      NOT NULL,
    outcome            VARCHAR(10)  NOT NULL,
    error_type         VARCHAR(40),
    error_message      TEXT,
    raw_output         TEXT,
    prompt_body        TEXT,
    answer_body        TEXT
);

CREATE INDEX ix_llm_calls_day ON llm_calls (day);
CREATE INDEX ix_llm_calls_user_day ON llm_calls (user_id, day);
CREATE INDEX ix_llm_calls_request_id ON llm_calls (request_id);

-- Answers served again for identical calls until expires_at.
CREATE TABLE llm_cache (
    cache_key      VARCHAR(64)  PRIMARY KEY,
    task           VARCHAR(40)  NOT NULL,
    prompt_version VARCHAR(20)  NOT NULL,
    provider       VARCHAR(40)  NOT NULL,
    model          VARCHAR(200),
    output         TEXT         NOT NULL,
    created_at     BIGINT       NOT NULL,
    expires_at     BIGINT       NOT NULL
);

CREATE INDEX ix_llm_cache_expires_at ON llm_cache (expires_at);

-- Routes set by admins at run time: one row per entry, in order; task and tier are '*' for "any".
CREATE TABLE llm_routes (
    task       VARCHAR(40)  NOT NULL,
    tier       VARCHAR(20)  NOT NULL,
    position   INTEGER      NOT NULL,
    provider   VARCHAR(40)  NOT NULL,
    model      VARCHAR(200),
    timeout_ms BIGINT,
    updated_at BIGINT       NOT NULL,
    updated_by VARCHAR(100),
    PRIMARY KEY (task, tier, position)
);
