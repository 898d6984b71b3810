/**
 * The service's database schema: one set of Flyway migrations for SQLite and PostgreSQL, the type words that differ
 * between them, and the acceptance of histories written by the former per-database files.
 */
package com.careergpt.service.schema;
