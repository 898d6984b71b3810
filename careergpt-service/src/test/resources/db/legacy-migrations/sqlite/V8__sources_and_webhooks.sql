-- SQLite flavour; postgresql/V8__sources_and_webhooks.sql is the same schema on PostgreSQL.
-- JobRunr keeps its own jobrunr_* tables in the same database (it creates and migrates them itself).

-- A collection started by a saved source, and the search words its feed postings must contain.
ALTER TABLE collections ADD COLUMN source_id VARCHAR(36);
ALTER TABLE collections ADD COLUMN query VARCHAR(500);

CREATE TABLE sources (
    id          VARCHAR(36)   PRIMARY KEY,
    user_id     VARCHAR(100)  NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    urls        TEXT          NOT NULL,
    query       VARCHAR(500),
    schedule    VARCHAR(100)  NOT NULL,
    analyse_new INTEGER       NOT NULL,
    secret      VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_sources_user ON sources (user_id, created_at);

CREATE TABLE source_runs (
    id             VARCHAR(36)  PRIMARY KEY,
    source_id      VARCHAR(36)  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    trigger_kind   VARCHAR(10)  NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    collection_id  VARCHAR(36),
    stored         INTEGER      NOT NULL,
    duplicate      INTEGER      NOT NULL,
    unchanged      INTEGER      NOT NULL,
    failed         INTEGER      NOT NULL,
    analysed       INTEGER      NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_source_runs_source ON source_runs (source_id, started_at);

CREATE TABLE webhooks (
    id          VARCHAR(36)   PRIMARY KEY,
    user_id     VARCHAR(100)  NOT NULL,
    source_id   VARCHAR(36),
    url         VARCHAR(2048) NOT NULL,
    events      VARCHAR(200)  NOT NULL,
    secret      VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_webhooks_user ON webhooks (user_id);

-- One row per attempt: a delivery retried three times has three rows with the same delivery_id.
CREATE TABLE webhook_deliveries (
    id            VARCHAR(36)   PRIMARY KEY,
    delivery_id   VARCHAR(36)   NOT NULL,
    webhook_id    VARCHAR(36)   NOT NULL,
    user_id       VARCHAR(100)  NOT NULL,
    source_id     VARCHAR(36),
    event         VARCHAR(50)   NOT NULL,
    url           VARCHAR(2048) NOT NULL,
    attempt       INTEGER       NOT NULL,
    status_code   INTEGER,
    error         VARCHAR(1000),
    delivered_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_webhook_deliveries_user ON webhook_deliveries (user_id, delivered_at);
CREATE INDEX ix_webhook_deliveries_delivery ON webhook_deliveries (delivery_id);
