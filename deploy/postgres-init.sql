-- The postgres container creates the careergpt database (POSTGRES_DB); identity-service gets its own.
CREATE DATABASE identity OWNER careergpt;
