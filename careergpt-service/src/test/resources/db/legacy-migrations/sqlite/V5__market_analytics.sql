-- SQLite flavour; postgresql/V5__market_analytics.sql serves the same queries on PostgreSQL.
-- Job-market analytics (analytics/market) keeps an in-memory copy of the posts' statistical fields and catches up
-- with the jobs written since its last look: every write of a job moves last_seen.
CREATE INDEX ix_jobs_last_seen ON jobs (last_seen);

-- The market's text filter (q, whole words) as a full-text index over title and description: a LIKE over every
-- description reads the whole table (hundreds of MB at 100k posts). The index holds no copy of the text
-- (contentless) and no word positions (detail=none: no phrase queries, a smaller index and faster lookups);
-- accents are kept, as PostgreSQL's 'simple' configuration keeps them. Its rows are keyed by job_text_keys rather
-- than by jobs.rowid, which VACUUM may renumber since jobs has no INTEGER PRIMARY KEY; AUTOINCREMENT never hands
-- out a key twice, so a reader can keep a copy of the keys and catch up with those above the highest it holds.
CREATE TABLE job_text_keys (
    text_key  INTEGER      PRIMARY KEY AUTOINCREMENT,
    job_id    VARCHAR(36)  NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE job_text USING fts5(
    title, description, content='', contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 0');

CREATE TRIGGER job_text_after_insert AFTER INSERT ON jobs
BEGIN
    INSERT INTO job_text_keys (job_id) VALUES (NEW.id);
    INSERT INTO job_text (rowid, title, description)
        VALUES ((SELECT text_key FROM job_text_keys WHERE job_id = NEW.id), NEW.title, NEW.description);
END;

-- Hibernate writes every column on each update (a job seen again too): re-index only when the text changed.
CREATE TRIGGER job_text_after_update AFTER UPDATE OF title, description ON jobs
WHEN OLD.title IS NOT NEW.title OR OLD.description IS NOT NEW.description
BEGIN
    DELETE FROM job_text WHERE rowid = (SELECT text_key FROM job_text_keys WHERE job_id = OLD.id);
    INSERT INTO job_text (rowid, title, description)
        VALUES ((SELECT text_key FROM job_text_keys WHERE job_id = NEW.id), NEW.title, NEW.description);
END;

CREATE TRIGGER job_text_after_delete AFTER DELETE ON jobs
BEGIN
    DELETE FROM job_text WHERE rowid = (SELECT text_key FROM job_text_keys WHERE job_id = OLD.id);
    DELETE FROM job_text_keys WHERE job_id = OLD.id;
END;

INSERT INTO job_text_keys (job_id) SELECT id FROM jobs;
INSERT INTO job_text (rowid, title, description)
    SELECT k.text_key, j.title, j.description FROM jobs j JOIN job_text_keys k ON k.job_id = j.id;
