-- PostgreSQL flavour; the Java migration identity_vendor/sqlite/V7__log_events_time_as_timestamp rebuilds the table
-- on SQLite.
-- log_events.logged_at becomes TIMESTAMP WITH TIME ZONE, the type of every other time column (careergpt-common's
-- LogEventStore writes the same type in both services' databases): the epoch milliseconds become the same instants,
-- exact to the microsecond before the year 2255 (bigint * interval is computed in double precision); the index on
-- the column is rebuilt by the ALTER under its own name.
ALTER TABLE log_events
    ALTER COLUMN logged_at TYPE TIMESTAMP WITH TIME ZONE
        USING TIMESTAMP WITH TIME ZONE 'epoch' + logged_at * INTERVAL '1 millisecond';
