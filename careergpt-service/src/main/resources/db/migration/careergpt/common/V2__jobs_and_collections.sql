-- Runs unchanged on SQLite and PostgreSQL.
CREATE TABLE jobs (
    id                   VARCHAR(36)   PRIMARY KEY,
    canonical_url        VARCHAR(2048),
    source_url           VARCHAR(2048),
    title                VARCHAR(500)  NOT NULL,
    company              VARCHAR(300),
    company_key          VARCHAR(300),
    title_key            VARCHAR(500),
    city                 VARCHAR(200),
    region               VARCHAR(100),
    country              VARCHAR(2),
    remote               VARCHAR(10),
    salary_min           NUMERIC(14, 2),
    salary_max           NUMERIC(14, 2),
    salary_currency      VARCHAR(3),
    salary_period        VARCHAR(10),
    salary_source        VARCHAR(20),
    salary_yearly_min    NUMERIC(14, 2),
    salary_yearly_max    NUMERIC(14, 2),
    salary_flag          VARCHAR(100),
    employment_type      VARCHAR(20),
    seniority            VARCHAR(20),
    date_posted          DATE,
    valid_through        DATE,
    apply_url            VARCHAR(2048),
    description          TEXT,
    description_markdown TEXT,
    skills               TEXT          NOT NULL,
    content_hash         VARCHAR(64)   NOT NULL,
    simhash              BIGINT        NOT NULL,
    duplicate_of         VARCHAR(36)   REFERENCES jobs (id),
    duplicate_kind       VARCHAR(10),
    fetcher              VARCHAR(20)   NOT NULL,
    extractor            VARCHAR(20)   NOT NULL,
    fetched_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    first_seen           TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen            TIMESTAMP WITH TIME ZONE NOT NULL,
    collected_by         VARCHAR(36),
    version              BIGINT        NOT NULL
);

-- One row per canonical URL; pasted html/text has none.
CREATE UNIQUE INDEX ux_jobs_canonical_url ON jobs (canonical_url);
CREATE INDEX ix_jobs_duplicate_of ON jobs (duplicate_of);
CREATE INDEX ix_jobs_content_hash ON jobs (content_hash);
CREATE INDEX ix_jobs_first_seen ON jobs (first_seen);
CREATE INDEX ix_jobs_date_posted ON jobs (date_posted);
CREATE INDEX ix_jobs_company_key ON jobs (company_key);

CREATE TABLE job_skills (
    job_id  VARCHAR(36)  NOT NULL REFERENCES jobs (id),
    skill   VARCHAR(100) NOT NULL,
    PRIMARY KEY (job_id, skill)
);

CREATE INDEX ix_job_skills_skill ON job_skills (skill);

-- The page (or feed item) a job was read from, as fetched.
CREATE TABLE job_raw (
    job_id        VARCHAR(36)   PRIMARY KEY REFERENCES jobs (id),
    fetched_url   VARCHAR(2048),
    content_type  VARCHAR(200),
    body          TEXT          NOT NULL,
    fetched_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE collections (
    id           VARCHAR(36)  PRIMARY KEY,
    user_id      VARCHAR(36)  NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    render_mode  VARCHAR(10)  NOT NULL,
    total        INTEGER      NOT NULL,
    done         INTEGER      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    version      BIGINT       NOT NULL
);

CREATE INDEX ix_collections_user ON collections (user_id, created_at);

CREATE TABLE collection_items (
    collection_id  VARCHAR(36)   NOT NULL REFERENCES collections (id),
    position       INTEGER       NOT NULL,
    source         VARCHAR(2048) NOT NULL,
    input_kind     VARCHAR(10)   NOT NULL,
    input_body     TEXT,
    via            VARCHAR(2048),
    outcome        VARCHAR(10),
    job_id         VARCHAR(36),
    duplicate_of   VARCHAR(36),
    reason         VARCHAR(1000),
    PRIMARY KEY (collection_id, position)
);
