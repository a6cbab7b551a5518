package org.consilium.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;

/**
 * How many SQL statements each action makes the portal send, read from MariaDB's {@code Questions}
 * counter around it while one user works alone. The counter is the server's, so anything else talking
 * to MariaDB at the time is counted too: the figures are for a quiet machine.
 */
final class StatementProbe implements LoadUser.Recorder, AutoCloseable {

    private final Connection connection;
    private final Map<String, Long> statements = new LinkedHashMap<>();
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long before;

    StatementProbe(String database) throws SQLException {
        this.connection = DriverManager.getConnection(database, "root", "");
    }

    @Override
    public void starting(String action) {
        before = questions();
    }

    @Override
    public void took(String action, long startedAtNanos, long nanos) {
        // The reading itself is one statement.
        statements.put(action, questions() - before - 1);
        millis.put(action, nanos / 1_000_000);
    }

    @Override
    public void failed(String action, String why) {
        throw new IllegalStateException(action + " failed: " + why);
    }

    @Override
    public void notFoundInList() {
        // the case is then opened by its address, which the probe counts alike
    }

    @Override
    public void noteSaved() {
        // nothing to count
    }

    void report(Logger log) {
        log.info("| action | SQL statements | time (one user alone) |");
        statements.forEach((action, count) -> log.info(String.format("| %s | %,d | %d ms |", action, count, millis.get(action))));
    }

    private long questions() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rs.next();
            return rs.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
