-- Runs unchanged on SQLite and PostgreSQL.

-- The console code sender used to log "Verification code for <email>: <code>" at INFO, and the log recorder kept
-- those lines for 30 days, readable from the admin logs. Codes now go to the terminal only; forget the stored ones.
DELETE FROM log_events
WHERE logger = 'com.careergpt.identity.verification.ConsoleVerificationCodeSender'
   OR LOWER(message) LIKE '%verification code for %';
