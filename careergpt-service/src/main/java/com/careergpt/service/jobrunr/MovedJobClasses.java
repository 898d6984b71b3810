package com.careergpt.service.jobrunr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

/**
 * JobRunr stores a job as the name of the class and method it calls. When a package with job classes is renamed,
 * the jobs already stored (a saved source's recurring run, a webhook delivery waiting for its retry) would name a
 * class that no longer exists; this rewrites them to the new name before JobRunr's server reads them. Idempotent.
 */
final class MovedJobClasses {

    /** Old package prefix to new, for every package of job classes ever renamed. */
    static final Map<String, String> PACKAGES = Map.of(
            "com.careergpt.service.pipeline.", "com.careergpt.service.sources.");

    private MovedJobClasses() {
    }

    /** Rewrites the stored jobs and recurring jobs; answers how many rows changed. */
    static int rewrite(DataSource dataSource) {
        int changed = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, String> move : PACKAGES.entrySet()) {
                changed += update(connection, "UPDATE jobrunr_jobs SET jobAsJson = REPLACE(jobAsJson, ?, ?),"
                        + " jobSignature = REPLACE(jobSignature, ?, ?) WHERE jobSignature LIKE ?", move, 2);
                changed += update(connection, "UPDATE jobrunr_recurring_jobs SET jobAsJson = REPLACE(jobAsJson, ?, ?)"
                        + " WHERE jobAsJson LIKE ?", move, 1);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not rename moved job classes in JobRunr's tables", failed);
        }
        return changed;
    }

    private static int update(Connection connection, String sql, Map.Entry<String, String> move, int replacements)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (int i = 0; i < replacements; i++) {
                statement.setString(index++, move.getKey());
                statement.setString(index++, move.getValue());
            }
            statement.setString(index, "%" + move.getKey() + "%");
            return statement.executeUpdate();
        }
    }
}
