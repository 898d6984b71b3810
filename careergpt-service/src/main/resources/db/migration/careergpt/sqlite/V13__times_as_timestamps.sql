-- SQLite flavour; postgresql/V13__times_as_timestamps.sql converts the same columns in place.
-- Every time column becomes TIMESTAMP WITH TIME ZONE, the type of jobs and the other JPA tables. On SQLite such a
-- column holds what the driver writes for a java.sql.Timestamp, the epoch milliseconds as an INTEGER (sqlite-jdbc's
-- default date_class), which is what these BIGINT columns hold already: the rows are copied unchanged, only the
-- declared type changes. SQLite cannot change a column's type, so each table is rebuilt under its own name, its
-- indexes are made again and an AUTOINCREMENT table keeps the highest id it has handed out.

ALTER TABLE llm_calls RENAME TO llm_calls_v12;
CREATE TABLE llm_calls (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id         VARCHAR(100),
    user_id            VARCHAR(100),
    task               VARCHAR(40)  NOT NULL,
    kind               VARCHAR(10)  NOT NULL,
    provider           VARCHAR(40)  NOT NULL,
    model              VARCHAR(200),
    prompt_version     VARCHAR(20)  NOT NULL,
    prompt_tokens      BIGINT       NOT NULL,
    completion_tokens  BIGINT       NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at           TIMESTAMP WITH TIME ZONE NOT NULL,
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
INSERT INTO llm_calls (id, request_id, user_id, task, kind, provider, model, prompt_version, prompt_tokens,
        completion_tokens, started_at, ended_at, latency_ms, day, estimated_cost_usd, cache_hit, outcome, error_type,
        error_message, raw_output, prompt_body, answer_body)
    SELECT id, request_id, user_id, task, kind, provider, model, prompt_version, prompt_tokens, completion_tokens,
        started_at, ended_at, latency_ms, day, estimated_cost_usd, cache_hit, outcome, error_type, error_message,
        raw_output, prompt_body, answer_body
    FROM llm_calls_v12;
DELETE FROM sqlite_sequence WHERE name = 'llm_calls';
INSERT INTO sqlite_sequence (name, seq) SELECT 'llm_calls', seq FROM sqlite_sequence WHERE name = 'llm_calls_v12';
DROP TABLE llm_calls_v12;
CREATE INDEX ix_llm_calls_day ON llm_calls (day);
CREATE INDEX ix_llm_calls_user_day ON llm_calls (user_id, day);
CREATE INDEX ix_llm_calls_request_id ON llm_calls (request_id);

ALTER TABLE llm_cache RENAME TO llm_cache_v12;
CREATE TABLE llm_cache (
    cache_key      VARCHAR(64)  PRIMARY KEY,
    task           VARCHAR(40)  NOT NULL,
    prompt_version VARCHAR(20)  NOT NULL,
    provider       VARCHAR(40)  NOT NULL,
    model          VARCHAR(200),
    output         TEXT         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO llm_cache (cache_key, task, prompt_version, provider, model, output, created_at, expires_at)
    SELECT cache_key, task, prompt_version, provider, model, output, created_at, expires_at FROM llm_cache_v12;
DROP TABLE llm_cache_v12;
CREATE INDEX ix_llm_cache_expires_at ON llm_cache (expires_at);

ALTER TABLE llm_routes RENAME TO llm_routes_v12;
CREATE TABLE llm_routes (
    task       VARCHAR(40)  NOT NULL,
    tier       VARCHAR(20)  NOT NULL,
    position   INTEGER      NOT NULL,
    provider   VARCHAR(40)  NOT NULL,
    model      VARCHAR(200),
    timeout_ms BIGINT,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(100),
    PRIMARY KEY (task, tier, position)
);
INSERT INTO llm_routes (task, tier, position, provider, model, timeout_ms, updated_at, updated_by)
    SELECT task, tier, position, provider, model, timeout_ms, updated_at, updated_by FROM llm_routes_v12;
DROP TABLE llm_routes_v12;

ALTER TABLE embeddings RENAME TO embeddings_v12;
CREATE TABLE embeddings (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    item_kind  VARCHAR(10)  NOT NULL,
    item_id    VARCHAR(36)  NOT NULL,
    model      VARCHAR(200) NOT NULL,
    dimensions INTEGER      NOT NULL,
    vector     BLOB         NOT NULL,
    text_hash  VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (item_kind, item_id, model)
);
INSERT INTO embeddings (seq, item_kind, item_id, model, dimensions, vector, text_hash, created_at)
    SELECT seq, item_kind, item_id, model, dimensions, vector, text_hash, created_at FROM embeddings_v12;
DELETE FROM sqlite_sequence WHERE name = 'embeddings';
INSERT INTO sqlite_sequence (name, seq) SELECT 'embeddings', seq FROM sqlite_sequence WHERE name = 'embeddings_v12';
DROP TABLE embeddings_v12;
CREATE INDEX ix_embeddings_kind_model_seq ON embeddings (item_kind, model, seq);

ALTER TABLE log_events RENAME TO log_events_v12;
CREATE TABLE log_events (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    logged_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    service         VARCHAR(60)  NOT NULL,
    level           VARCHAR(5)   NOT NULL,
    logger          VARCHAR(300) NOT NULL,
    thread          VARCHAR(200),
    message         TEXT,
    request_id      VARCHAR(100),
    user_id         VARCHAR(100),
    exception_type  VARCHAR(300),
    stack_trace     TEXT
);
INSERT INTO log_events (id, logged_at, service, level, logger, thread, message, request_id, user_id, exception_type,
        stack_trace)
    SELECT id, logged_at, service, level, logger, thread, message, request_id, user_id, exception_type, stack_trace
    FROM log_events_v12;
DROP TABLE log_events_v12;
CREATE INDEX ix_log_events_logged_at ON log_events (logged_at);
CREATE INDEX ix_log_events_request_id ON log_events (request_id);

ALTER TABLE error_groups RENAME TO error_groups_v12;
CREATE TABLE error_groups (
    fingerprint        VARCHAR(64)   NOT NULL PRIMARY KEY,
    exception_type     VARCHAR(300),
    problem_type       VARCHAR(200),
    status             INTEGER       NOT NULL,
    path               VARCHAR(500)  NOT NULL,
    top_frames         TEXT,
    message            VARCHAR(1000),
    occurrences        BIGINT        NOT NULL,
    first_seen         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen          TIMESTAMP WITH TIME ZONE NOT NULL,
    sample_request_id  VARCHAR(100)
);
INSERT INTO error_groups (fingerprint, exception_type, problem_type, status, path, top_frames, message, occurrences,
        first_seen, last_seen, sample_request_id)
    SELECT fingerprint, exception_type, problem_type, status, path, top_frames, message, occurrences, first_seen,
        last_seen, sample_request_id
    FROM error_groups_v12;
DROP TABLE error_groups_v12;
CREATE INDEX ix_error_groups_last_seen ON error_groups (last_seen);

ALTER TABLE alert_incidents RENAME TO alert_incidents_v12;
CREATE TABLE alert_incidents (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind         VARCHAR(40)   NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at  TIMESTAMP WITH TIME ZONE,
    value        DOUBLE PRECISION NOT NULL,
    threshold    DOUBLE PRECISION NOT NULL,
    message      VARCHAR(1000) NOT NULL
);
INSERT INTO alert_incidents (id, kind, subject, opened_at, resolved_at, value, threshold, message)
    SELECT id, kind, subject, opened_at, resolved_at, value, threshold, message FROM alert_incidents_v12;
DROP TABLE alert_incidents_v12;
CREATE UNIQUE INDEX ux_alert_incidents_open ON alert_incidents (kind, subject) WHERE resolved_at IS NULL;
CREATE INDEX ix_alert_incidents_opened ON alert_incidents (opened_at);
