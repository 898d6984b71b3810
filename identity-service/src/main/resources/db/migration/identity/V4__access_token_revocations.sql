-- Runs unchanged on SQLite and PostgreSQL.

-- "The access tokens of user_id issued before revoked_before are revoked" (sign-out, a reused refresh token): the
-- list the gateway polls and identity-service checks. A row is kept while such a token can still be valid
-- (keep_until = revoked_before + access-token lifetime + clock skew), then pruned. No foreign key: a revocation
-- outlives its user.
CREATE TABLE access_token_revocations (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    user_id         VARCHAR(36) NOT NULL,
    revoked_before  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    keep_until      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_access_token_revocations_user ON access_token_revocations (user_id, revoked_before);
CREATE INDEX ix_access_token_revocations_recorded ON access_token_revocations (recorded_at);
CREATE INDEX ix_access_token_revocations_keep_until ON access_token_revocations (keep_until);
