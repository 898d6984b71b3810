-- Runs unchanged on SQLite and PostgreSQL.

-- Every state an identity reaches, with when: the usage funnel is computed from it. No foreign key: the history
-- outlives stale guests that the cleanup deletes.
CREATE TABLE user_state_changes (
    id          VARCHAR(80) NOT NULL PRIMARY KEY,
    user_id     VARCHAR(36) NOT NULL,
    from_state  VARCHAR(20),
    to_state    VARCHAR(20) NOT NULL CHECK (to_state IN ('GUEST', 'EMAIL_COLLECTED', 'VERIFIED', 'MEMBER')),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_user_state_changes_to_changed ON user_state_changes (to_state, changed_at);
CREATE INDEX ix_user_state_changes_user ON user_state_changes (user_id);

-- What is known of the identities that exist already.
INSERT INTO user_state_changes (id, user_id, from_state, to_state, changed_at)
SELECT id || ':GUEST', id, NULL, 'GUEST', first_seen FROM users;

INSERT INTO user_state_changes (id, user_id, from_state, to_state, changed_at)
SELECT u.id || ':EMAIL_COLLECTED', u.id, 'GUEST', 'EMAIL_COLLECTED', MIN(c.created_at)
FROM users u JOIN verification_codes c ON c.user_id = u.id
GROUP BY u.id;

INSERT INTO user_state_changes (id, user_id, from_state, to_state, changed_at)
SELECT id || ':VERIFIED', id, 'EMAIL_COLLECTED', 'VERIFIED', verified_at FROM users WHERE verified_at IS NOT NULL;

-- The service's notable log lines (see careergpt-common's LogEventRecorder); times are epoch milliseconds.
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
