-- Runs unchanged on SQLite and PostgreSQL.

CREATE TABLE users (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    email              VARCHAR(254),
    state              VARCHAR(20)  NOT NULL CHECK (state IN ('GUEST', 'EMAIL_COLLECTED', 'VERIFIED', 'MEMBER')),
    cookie_token_hash  VARCHAR(64)  NOT NULL,
    user_agent         VARCHAR(512),
    ip_address         VARCHAR(64),
    first_seen         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen          TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at        TIMESTAMP WITH TIME ZONE,
    guest_actions_used INTEGER      NOT NULL DEFAULT 0 CHECK (guest_actions_used >= 0),
    merged_into        VARCHAR(36)  REFERENCES users (id),
    version            BIGINT       NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX ux_users_cookie_token_hash ON users (cookie_token_hash);
-- One account per address once it is verified; unverified guests may share an address until one verifies.
CREATE UNIQUE INDEX ux_users_verified_email ON users (email) WHERE state IN ('VERIFIED', 'MEMBER');
CREATE INDEX ix_users_email ON users (email);
CREATE INDEX ix_users_ip_first_seen ON users (ip_address, first_seen);
CREATE INDEX ix_users_state_last_seen ON users (state, last_seen);

CREATE TABLE verification_codes (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id         VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email           VARCHAR(254) NOT NULL,
    code_hash       VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_attempts INTEGER      NOT NULL DEFAULT 0,
    status          VARCHAR(20)  NOT NULL CHECK (status IN ('ACTIVE', 'USED', 'SUPERSEDED', 'LOCKED'))
);

CREATE INDEX ix_verification_codes_email_created ON verification_codes (email, created_at);
CREATE INDEX ix_verification_codes_user_created ON verification_codes (user_id, created_at);

CREATE TABLE refresh_tokens (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    user_id     VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   VARCHAR(36) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    rotated_at  TIMESTAMP WITH TIME ZONE,
    revoked_at  TIMESTAMP WITH TIME ZONE
);

CREATE UNIQUE INDEX ux_refresh_tokens_hash ON refresh_tokens (token_hash);
CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id);

CREATE TABLE guest_action_claims (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    user_id     VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_guest_action_claims_user ON guest_action_claims (user_id);
