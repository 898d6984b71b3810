package db.migration.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.careergpt.identity.user.EmailAddresses;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rewrites stored addresses into their one stored form (NFKC, lower case, ASCII domain), so that an account made
 * with {@code bücher.de} is found when its owner types {@code xn--bcher-kva.de} and the other way round. Java
 * rather than SQL because neither SQLite nor PostgreSQL knows IDNA; the same code runs on both.
 *
 * <p>An address holding invisible or bidirectional control characters is left as it is (such addresses are refused
 * from now on). A verified account is left as it is when another verified account already holds the stored form
 * (one address, one verified account): the one holding it already, else the oldest, keeps it.
 */
public class V6__canonical_email_addresses extends BaseJavaMigration {

    private static final Set<String> VERIFIED = Set.of("VERIFIED", "MEMBER");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, String[]> users = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, email, state FROM users WHERE email IS NOT NULL ORDER BY first_seen, id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                users.put(rows.getString("id"), new String[] { rows.getString("email"), rows.getString("state") });
            }
        }
        for (Map.Entry<String, String[]> user : users.entrySet()) {
            String email = user.getValue()[0];
            String stored = storedForm(email);
            if (stored.equals(email)
                    || VERIFIED.contains(user.getValue()[1]) && verifiedHolderExists(connection, stored)) {
                continue;
            }
            update(connection, "UPDATE users SET email = ? WHERE id = ?", stored, user.getKey());
        }
        Map<String, String> codes = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, email FROM verification_codes");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                codes.put(rows.getString("id"), rows.getString("email"));
            }
        }
        for (Map.Entry<String, String> code : codes.entrySet()) {
            String stored = storedForm(code.getValue());
            if (!stored.equals(code.getValue())) {
                update(connection, "UPDATE verification_codes SET email = ? WHERE id = ?", stored, code.getKey());
            }
        }
    }

    private static String storedForm(String email) {
        if (EmailAddresses.hasInvisibleCharacters(email)) {
            return email;
        }
        try {
            return EmailAddresses.normalize(email);
        }
        catch (IllegalArgumentException notADomain) {
            return email;
        }
    }

    private static boolean verifiedHolderExists(Connection connection, String email) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM users WHERE email = ? AND state IN ('VERIFIED', 'MEMBER')")) {
            select.setString(1, email);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private static void update(Connection connection, String sql, String email, String id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, email);
            update.setString(2, id);
            update.executeUpdate();
        }
    }
}
