-- PostgreSQL flavour; the Java migration sqlite/V13__times_as_timestamps rebuilds the same tables on SQLite.
-- Every time column becomes TIMESTAMP WITH TIME ZONE, the type of jobs and the other JPA tables: the epoch
-- milliseconds become the same instants (bigint * interval is computed in double precision: exact to the
-- microsecond for every instant before the year 2255). The indexes on
-- these columns are rebuilt by the ALTERs under their own names. (rate_limit_buckets.expires_at stays BIGINT: Bucket4j
-- writes and compares it itself.)

ALTER TABLE llm_calls
    ALTER COLUMN started_at TYPE TIMESTAMP WITH TIME ZONE
        USING TIMESTAMP WITH TIME ZONE 'epoch' + started_at * INTERVAL '1 millisecond',
    ALTER COLUMN ended_at TYPE TIMESTAMP WITH TIME ZONE
        USING TIMESTAMP WITH TIME ZONE 'epoch' + ended_at * INTERVAL '1 millisecond';

ALTER TABLE llm_cache
    ALTER COLUMN created_at TYPE TIMESTAMP WITH TIME ZONE
        USING TIMESTAMP WITH TIME ZONE 'epoch' + created_at * INTERVAL '1 millisecond',
    ALTER COLUMN expires_at TYPE TIMESTAMP WITH TIME ZONE
        USING TIMESTAMP WITH TIME ZONE 'epoch' + expires_at * INTERVAL '1 millisecond';

ALTER TABLE llm_routes
    ALTER COLUMN updated_at TYPE TIMESTAMP WITH TIME ZONE
        USING TIMESTAMP WITH TIME ZONE 'epoch' + updated_at * INTERVAL '1 millisecond';

ALTER TABLE embeddings
    ALTER COLUMN created_at TYPE TIMESTAMP WITH TIME ZONE
        USING TIMESTAMP WITH TIME ZONE 'epoch' + created_at * INTERVAL '1 millisecond';

ALTER TABLE log_events
    ALTER COLUMN logged_at TYPE TIMESTAMP WITH TIME ZONE
        USING TIMESTAMP WITH TIME ZONE 'epoch' + logged_at * INTERVAL '1 millisecond';

ALTER TABLE error_groups
    ALTER COLUMN first_seen TYPE TIMESTAMP WITH TIME ZONE
        USING TIMESTAMP WITH TIME ZONE 'epoch' + first_seen * INTERVAL '1 millisecond',
    ALTER COLUMN last_seen TYPE TIMESTAMP WITH TIME ZONE
        USING TIMESTAMP WITH TIME ZONE 'epoch' + last_seen * INTERVAL '1 millisecond';

ALTER TABLE alert_incidents
    ALTER COLUMN opened_at TYPE TIMESTAMP WITH TIME ZONE
        USING TIMESTAMP WITH TIME ZONE 'epoch' + opened_at * INTERVAL '1 millisecond',
    ALTER COLUMN resolved_at TYPE TIMESTAMP WITH TIME ZONE
        USING TIMESTAMP WITH TIME ZONE 'epoch' + resolved_at * INTERVAL '1 millisecond';
