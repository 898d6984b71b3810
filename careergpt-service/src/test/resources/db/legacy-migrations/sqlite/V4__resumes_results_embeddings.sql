-- SQLite flavour; postgresql/V4__resumes_results_embeddings.sql holds the same tables on PostgreSQL.
-- Embedding times are epoch milliseconds (UTC).

-- Uploaded resumes: the original file as sent, the text read from it and the sections parsed from that text.
CREATE TABLE resumes (
    id            VARCHAR(36)  PRIMARY KEY,
    owner_id      VARCHAR(100) NOT NULL,
    file_name     VARCHAR(255),
    media_type    VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    pages         INTEGER      NOT NULL,
    original      BLOB         NOT NULL,
    text          TEXT         NOT NULL,
    sections      TEXT         NOT NULL,
    skills        TEXT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_resumes_owner ON resumes (owner_id, created_at);

-- Every analysis a user ran: its task, what it ran on, the answer and how it was produced.
CREATE TABLE analysis_results (
    id             VARCHAR(36)  PRIMARY KEY,
    owner_id       VARCHAR(100) NOT NULL,
    task           VARCHAR(40)  NOT NULL,
    job_id         VARCHAR(36),
    resume_id      VARCHAR(36),
    provider       VARCHAR(40)  NOT NULL,
    model          VARCHAR(200),
    prompt_version VARCHAR(20),
    cached         INTEGER      NOT NULL,
    output         TEXT         NOT NULL,
    grounding      TEXT,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_analysis_results_owner ON analysis_results (owner_id, created_at);
CREATE INDEX ix_analysis_results_owner_task ON analysis_results (owner_id, task, created_at);

-- One vector per item and embedding model: vectors of different models are never compared. seq grows with every
-- write so that instances can load what is new since they last looked.
CREATE TABLE embeddings (
    seq        INTEGER      PRIMARY KEY AUTOINCREMENT,
    item_kind  VARCHAR(10)  NOT NULL,
    item_id    VARCHAR(36)  NOT NULL,
    model      VARCHAR(200) NOT NULL,
    dimensions INTEGER      NOT NULL,
    vector     BLOB         NOT NULL,
    text_hash  VARCHAR(64)  NOT NULL,
    created_at BIGINT       NOT NULL,
    UNIQUE (item_kind, item_id, model)
);

CREATE INDEX ix_embeddings_kind_model_seq ON embeddings (item_kind, model, seq);
