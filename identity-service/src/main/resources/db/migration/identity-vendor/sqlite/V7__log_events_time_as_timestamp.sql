-- SQLite flavour; identity-vendor/postgresql/V7__log_events_time_as_timestamp.sql converts the column in place.
-- log_events.logged_at becomes TIMESTAMP WITH TIME ZONE, the type of every other time column (careergpt-common's
-- LogEventStore writes the same type in both services' databases). On SQLite such a column holds what the driver
-- writes for a java.sql.Timestamp, the epoch milliseconds as an INTEGER, which the BIGINT column holds already: the
-- rows are copied unchanged into the table rebuilt with the new declared type, and its indexes made again.
ALTER TABLE log_events RENAME TO log_events_v6;
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
    FROM log_events_v6;
DROP TABLE log_events_v6;
CREATE INDEX ix_log_events_logged_at ON log_events (logged_at);
CREATE INDEX ix_log_events_request_id ON log_events (request_id);
