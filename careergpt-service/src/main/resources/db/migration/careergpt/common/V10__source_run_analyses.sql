-- Runs unchanged on SQLite and PostgreSQL.
-- A run's analysis progress (analysed of to_analyse new posts) and each analysis it made: a retried run goes on with
-- the posts not yet analysed, and announces analysis.completed from these rows.
ALTER TABLE source_runs ADD COLUMN to_analyse INTEGER NOT NULL DEFAULT 0;
UPDATE source_runs SET to_analyse = analysed;

CREATE TABLE source_run_analyses (
    run_id       VARCHAR(36)  NOT NULL REFERENCES source_runs (id) ON DELETE CASCADE,
    job_id       VARCHAR(36)  NOT NULL,
    result_id    VARCHAR(36)  NOT NULL,
    analysed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, job_id)
);
