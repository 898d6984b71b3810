-- Runs on SQLite and PostgreSQL; the type words that differ are Flyway placeholders (schema/SchemaVendor).

-- Which requests were actions (the guest's free one, rate-limited ones) and why a failed request failed.
ALTER TABLE request_log ADD COLUMN action ${boolean} NOT NULL DEFAULT ${false};
ALTER TABLE request_log ADD COLUMN error_type VARCHAR(300);
ALTER TABLE request_log ADD COLUMN error_text VARCHAR(1000);
CREATE INDEX ix_request_log_status ON request_log (status, logged_at);

-- The service's notable log lines (careergpt-common's LogEventRecorder); times are epoch milliseconds.
CREATE TABLE log_events (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    logged_at       BIGINT       NOT NULL,
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

CREATE INDEX ix_log_events_logged_at ON log_events (logged_at);
CREATE INDEX ix_log_events_request_id ON log_events (request_id);

-- Failed requests grouped by fingerprint (exception type + top frames, or problem type + path).
CREATE TABLE error_groups (
    fingerprint        VARCHAR(64)   NOT NULL PRIMARY KEY,
    exception_type     VARCHAR(300),
    problem_type       VARCHAR(200),
    status             INTEGER       NOT NULL,
    path               VARCHAR(500)  NOT NULL,
    top_frames         TEXT,
    message            VARCHAR(1000),
    occurrences        BIGINT        NOT NULL,
    first_seen         BIGINT        NOT NULL,
    last_seen          BIGINT        NOT NULL,
    sample_request_id  VARCHAR(100)
);

CREATE INDEX ix_error_groups_last_seen ON error_groups (last_seen);

-- Alert incidents: at most one open per kind and subject; opened once, resolved once.
CREATE TABLE alert_incidents (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind         VARCHAR(40)   NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    opened_at    BIGINT        NOT NULL,
    resolved_at  BIGINT,
    value        DOUBLE PRECISION NOT NULL,
    threshold    DOUBLE PRECISION NOT NULL,
    message      VARCHAR(1000) NOT NULL
);

CREATE UNIQUE INDEX ux_alert_incidents_open ON alert_incidents (kind, subject) WHERE resolved_at IS NULL;
CREATE INDEX ix_alert_incidents_opened ON alert_incidents (opened_at);
