-- SQLite flavour; postgresql/V1__request_log.sql is the same table on PostgreSQL.
CREATE TABLE request_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    logged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    method      VARCHAR(10)  NOT NULL,
    path        VARCHAR(500) NOT NULL,
    status      INTEGER      NOT NULL,
    latency_ms  BIGINT       NOT NULL,
    user_id     VARCHAR(36),
    user_state  VARCHAR(20),
    request_id  VARCHAR(100),
    client_ip   VARCHAR(64)
);

CREATE INDEX ix_request_log_logged_at ON request_log (logged_at);
CREATE INDEX ix_request_log_request_id ON request_log (request_id);
CREATE INDEX ix_request_log_user ON request_log (user_id, logged_at);
