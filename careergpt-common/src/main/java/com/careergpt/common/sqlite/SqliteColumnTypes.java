package com.careergpt.common.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Changes the declared type of columns of a SQLite table, which {@code ALTER TABLE} cannot do, by SQLite's procedure
 * for other kinds of table schema changes (https://www.sqlite.org/lang_altertable.html): the table is made again
 * under a temporary name from its stored CREATE statement with only the named columns' types rewritten, its rows
 * copied unchanged, the old table dropped, the new one renamed, and its indexes and triggers made again from their
 * stored SQL. An AUTOINCREMENT table keeps the highest id it has handed out.
 *
 * <p>Runs on the caller's connection and transaction (a Flyway migration's), so {@code PRAGMA foreign_keys} cannot
 * be switched off: a table that other tables reference while foreign keys are enforced is refused, as dropping it
 * would delete or cascade into their rows.
 */
public final class SqliteColumnTypes {

    private static final Set<String> COLUMN_CONSTRAINTS = Set.of(
            "CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES",
            "GENERATED", "AS");
    private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private SqliteColumnTypes() {
    }

    /** Gives each of {@code columns} of {@code table} the declared type {@code newType}. */
    public static void retype(Connection connection, String table, Set<String> columns, String newType)
            throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        columns.forEach(column -> types.put(column, newType));
        retype(connection, table, types);
    }

    /** Gives each column of {@code table} named in {@code newTypes} its declared type there. */
    public static void retype(Connection connection, String table, Map<String, String> newTypes) throws SQLException {
        String create = queryString(connection,
                "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE", table);
        if (create == null) {
            throw new IllegalArgumentException("SQLite has no table " + table);
        }
        refuseWhenReferenced(connection, table);
        List<String> columns = storedColumns(connection, table);
        String temporary = table + "_retyped";
        if (queryString(connection, "SELECT name FROM sqlite_schema WHERE name = ? COLLATE NOCASE", temporary) != null) {
            throw new IllegalStateException("Cannot rebuild " + table + ": " + temporary + " exists already");
        }
        String retyped = withTypes(create, table, columns, newTypes);
        List<String> dependents = queryStrings(connection, "SELECT sql FROM sqlite_schema WHERE tbl_name = ? "
                + "COLLATE NOCASE AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid", table);
        Long sequence = sequenceOf(connection, table);
        String columnList = String.join(", ", queryStrings(connection,
                "SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid", table).stream()
                .map(SqliteColumnTypes::quote).toList());
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + quote(temporary) + " " + retyped.substring(bodyStart(retyped)));
            statement.execute("INSERT INTO " + quote(temporary) + " (" + columnList + ") SELECT " + columnList
                    + " FROM " + quote(table));
            if (sequence != null) {
                update(connection, "DELETE FROM sqlite_sequence WHERE name = ?", temporary);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
                    insert.setString(1, temporary);
                    insert.setLong(2, sequence);
                    insert.executeUpdate();
                }
            }
            statement.execute("DROP TABLE " + quote(table));
            statement.execute("ALTER TABLE " + quote(temporary) + " RENAME TO " + quote(table));
            for (String dependent : dependents) {
                statement.execute(dependent);
            }
        }
        if (foreignKeysEnforced(connection)
                && !queryStrings(connection, "SELECT \"table\" FROM pragma_foreign_key_check(?)", table).isEmpty()) {
            throw new IllegalStateException("Rebuilt " + table + " breaks a foreign key (PRAGMA foreign_key_check)");
        }
    }

    /**
     * The CREATE statement {@code create} with each column named in {@code newTypes} declared with its new type and
     * everything else as it was; refuses a name that is not a column of the table.
     */
    static String withTypes(String create, String table, List<String> storedColumns, Map<String, String> newTypes) {
        Map<String, String> pending = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        pending.putAll(newTypes);
        int open = bodyStart(create);
        int close = matching(create, open);
        List<String> parsed = new ArrayList<>();
        StringBuilder rewritten = new StringBuilder(create.substring(0, open + 1));
        int start = open + 1;
        for (int end : topLevelCommas(create, open + 1, close)) {
            rewritten.append(withType(create.substring(start, end), parsed, pending)).append(',');
            start = end + 1;
        }
        rewritten.append(withType(create.substring(start, close), parsed, pending)).append(create.substring(close));
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException("Table " + table + " has no column " + String.join(", ",
                    pending.keySet()) + "; its columns are " + String.join(", ", storedColumns));
        }
        if (!sameNames(parsed, storedColumns)) {
            throw new IllegalStateException("Cannot read the columns of " + table + " from its CREATE statement: read "
                    + parsed + ", SQLite has " + storedColumns);
        }
        return rewritten.toString();
    }

    /** One column definition with its type replaced when it is pending, or a table constraint as it is. */
    private static String withType(String definition, List<String> parsed, Map<String, String> pending) {
        int nameStart = skipBlanks(definition, 0);
        int nameEnd = tokenEnd(definition, nameStart);
        String name = unquote(definition.substring(nameStart, nameEnd));
        if (TABLE_CONSTRAINTS.contains(name.toUpperCase(Locale.ROOT)) && !isQuoted(definition.charAt(nameStart))) {
            return definition;
        }
        parsed.add(name);
        String newType = pending.remove(name);
        if (newType == null) {
            return definition;
        }
        int typeStart = skipBlanks(definition, nameEnd);
        int typeEnd = nameEnd;
        int at = typeStart;
        while (at < definition.length()) {
            if (definition.charAt(at) == '(') {
                typeEnd = matching(definition, at) + 1;
                break;
            }
            int wordEnd = tokenEnd(definition, at);
            String word = definition.substring(at, wordEnd);
            if (wordEnd == at || COLUMN_CONSTRAINTS.contains(word.toUpperCase(Locale.ROOT))) {
                break;
            }
            typeEnd = wordEnd;
            at = skipBlanks(definition, wordEnd);
        }
        return definition.substring(0, nameEnd) + " " + newType + definition.substring(typeEnd);
    }

    private static int bodyStart(String create) {
        int at = skipBlanks(create, "CREATE TABLE".length());
        at = skipBlanks(create, tokenEnd(create, at));
        while (at < create.length() && create.charAt(at) == '.') {
            at = skipBlanks(create, tokenEnd(create, skipBlanks(create, at + 1)));
        }
        if (!create.startsWith("CREATE TABLE") || at >= create.length() || create.charAt(at) != '(') {
            throw new IllegalStateException("Not a CREATE TABLE with a column list: " + create);
        }
        return at;
    }

    private static List<Integer> topLevelCommas(String sql, int from, int to) {
        List<Integer> commas = new ArrayList<>();
        int at = from;
        while (at < to) {
            char c = sql.charAt(at);
            if (c == '(') {
                at = matching(sql, at) + 1;
            }
            else if (c == ',') {
                commas.add(at++);
            }
            else {
                at = skipOne(sql, at);
            }
        }
        return commas;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text and comments. */
    private static int matching(String sql, int open) {
        int depth = 0;
        int at = open;
        while (at < sql.length()) {
            char c = sql.charAt(at);
            if (c == '(') {
                depth++;
            }
            else if (c == ')' && --depth == 0) {
                return at;
            }
            at = skipOne(sql, at);
        }
        throw new IllegalStateException("Unbalanced parentheses in " + sql);
    }

    /** Past one character, or past the whole quoted name, string or comment starting there. */
    private static int skipOne(String sql, int at) {
        char c = sql.charAt(at);
        if (isQuoted(c)) {
            char close = c == '[' ? ']' : c;
            int end = sql.indexOf(close, at + 1);
            while (end >= 0 && close != ']' && end + 1 < sql.length() && sql.charAt(end + 1) == close) {
                end = sql.indexOf(close, end + 2);
            }
            return end < 0 ? sql.length() : end + 1;
        }
        if (sql.startsWith("--", at)) {
            int end = sql.indexOf('\n', at);
            return end < 0 ? sql.length() : end + 1;
        }
        if (sql.startsWith("/*", at)) {
            int end = sql.indexOf("*/", at + 2);
            return end < 0 ? sql.length() : end + 2;
        }
        return at + 1;
    }

    private static int skipBlanks(String sql, int at) {
        while (at < sql.length()) {
            if (Character.isWhitespace(sql.charAt(at))) {
                at++;
            }
            else if (sql.startsWith("--", at) || sql.startsWith("/*", at)) {
                at = skipOne(sql, at);
            }
            else {
                return at;
            }
        }
        return at;
    }

    /** The end of the quoted name or word starting at {@code at} ({@code at} itself when neither starts there). */
    private static int tokenEnd(String sql, int at) {
        if (at < sql.length() && isQuoted(sql.charAt(at))) {
            return skipOne(sql, at);
        }
        int end = at;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                || sql.charAt(end) == '$')) {
            end++;
        }
        return end;
    }

    private static boolean isQuoted(char c) {
        return c == '"' || c == '`' || c == '[' || c == '\'';
    }

    private static String unquote(String token) {
        if (token.isEmpty() || !isQuoted(token.charAt(0))) {
            return token;
        }
        String inner = token.substring(1, token.length() - 1);
        return token.charAt(0) == '[' ? inner : inner.replace(token.substring(0, 1).repeat(2), token.substring(0, 1));
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static boolean sameNames(List<String> parsed, List<String> stored) {
        if (parsed.size() != stored.size()) {
            return false;
        }
        for (int i = 0; i < parsed.size(); i++) {
            if (!parsed.get(i).equalsIgnoreCase(stored.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Every column, generated ones included, in table order (what the CREATE statement declares). */
    private static List<String> storedColumns(Connection connection, String table) throws SQLException {
        return queryStrings(connection, "SELECT name FROM pragma_table_xinfo(?) ORDER BY cid", table);
    }

    private static void refuseWhenReferenced(Connection connection, String table) throws SQLException {
        if (!foreignKeysEnforced(connection)) {
            return;
        }
        List<String> referencing = queryStrings(connection, "SELECT DISTINCT t.name FROM sqlite_schema t, "
                + "pragma_foreign_key_list(t.name) f WHERE t.type = 'table' AND f.\"table\" = ? COLLATE NOCASE", table);
        if (!referencing.isEmpty()) {
            throw new IllegalStateException("Cannot rebuild " + table + " while foreign keys are enforced: "
                    + String.join(", ", referencing) + " reference it");
        }
    }

    private static boolean foreignKeysEnforced(Connection connection) throws SQLException {
        return "1".equals(queryString(connection, "PRAGMA foreign_keys"));
    }

    private static Long sequenceOf(Connection connection, String table) throws SQLException {
        if (queryString(connection, "SELECT name FROM sqlite_schema WHERE name = 'sqlite_sequence'") == null) {
            return null;
        }
        String seq = queryString(connection, "SELECT seq FROM sqlite_sequence WHERE name = ?", table);
        return seq == null ? null : Long.valueOf(seq);
    }

    private static String queryString(Connection connection, String sql, String... parameters) throws SQLException {
        List<String> values = queryStrings(connection, sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> queryStrings(Connection connection, String sql, String... parameters)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private static void update(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, parameter);
            update.executeUpdate();
        }
    }
}
