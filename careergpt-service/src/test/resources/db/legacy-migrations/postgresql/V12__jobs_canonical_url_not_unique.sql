-- postgresql flavour; sqlite/V12__jobs_canonical_url_not_unique.sql is the same change.
-- A canonical URL no longer identifies a job: two different postings a site gave the same og:url or rel=canonical
-- are two jobs (content decides, see JobStore). The index stays for the lookup by URL.
DROP INDEX ux_jobs_canonical_url;
CREATE INDEX ix_jobs_canonical_url ON jobs (canonical_url);
