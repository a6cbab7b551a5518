package org.consilium.querycount;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The query-count tests' own database on the test server: the test database's name with
 * {@code _counts} added ({@code TEST_DB_URL}, {@code TEST_DB_USER}, {@code TEST_DB_PASSWORD} as for
 * the other tests), dropped and created empty for each run, so that only the rows the tests make
 * are behind the pages.
 */
final class OwnDatabase {

    private OwnDatabase() {
    }

    /** Drops and creates the database; returns its JDBC address. */
    static String recreate() {
        String testUrl = env("TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/consilium_test");
        String address = testUrl.contains("?") ? testUrl.substring(0, testUrl.indexOf('?')) : testUrl;
        int slash = address.lastIndexOf('/');
        String server = address.substring(0, slash + 1);
        String name = address.substring(slash + 1) + "_counts";
        try (Connection c = DriverManager.getConnection(server, env("TEST_DB_USER", "root"), env("TEST_DB_PASSWORD", ""));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the database " + name + " on " + server, e);
        }
        return server + name;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
