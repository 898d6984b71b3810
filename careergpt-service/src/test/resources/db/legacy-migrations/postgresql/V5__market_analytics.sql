-- PostgreSQL flavour; sqlite/V5__market_analytics.sql serves the same queries on SQLite.
-- Job-market analytics (analytics/market) keeps an in-memory copy of the posts' statistical fields and catches up
-- with the jobs written since its last look: every write of a job moves last_seen.
CREATE INDEX ix_jobs_last_seen ON jobs (last_seen);

-- The market's text filter (q) as a full-text index over title and description; queries must repeat this exact
-- expression for PostgreSQL to use it.
CREATE INDEX ix_jobs_text ON jobs
    USING GIN (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, '')));
