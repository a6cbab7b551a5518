package org.consilium;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consilium.testing.MariaDbTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * V11 on a database that already holds an emergency override without an end, on MariaDB and on H2
 * in MariaDB mode: the override gets an end 72 hours after the upgrade, and the end is required from
 * then on.
 */
@MariaDbTest
class OverrideEndMigrationTest {

    @Autowired
    DataSourceProperties dataSource;

    @Test
    void an_override_granted_before_the_upgrade_holds_for_72_hours_after_it_on_mariadb() throws Exception {
        Matcher url = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]*)(.*)").matcher(dataSource.getUrl());
        assertThat(url.matches()).as("test database URL %s", dataSource.getUrl()).isTrue();
        String schema = url.group(2) + "_v11";
        try (Connection c = DriverManager.getConnection(url.group(1), dataSource.getUsername(), dataSource.getPassword());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + schema);
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try {
            upgradeWithAnOverrideAndCheck(url.group(1) + schema, "classpath:db/vendor/mariadb", "SET FOREIGN_KEY_CHECKS = 0");
        } finally {
            try (Connection c = DriverManager.getConnection(url.group(1), dataSource.getUsername(), dataSource.getPassword());
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    @Test
    void an_override_granted_before_the_upgrade_holds_for_72_hours_after_it_on_h2() throws Exception {
        upgradeWithAnOverrideAndCheck("jdbc:h2:mem:v11;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "classpath:db/vendor/h2", "SET REFERENTIAL_INTEGRITY FALSE");
    }

    private void upgradeWithAnOverrideAndCheck(String jdbcUrl, String vendorLocation, String withoutForeignKeys) throws Exception {
        boolean h2 = jdbcUrl.startsWith("jdbc:h2");
        String user = h2 ? "sa" : dataSource.getUsername();
        String password = h2 ? "" : dataSource.getPassword();
        Flyway.configure().dataSource(jdbcUrl, user, password).locations("classpath:db/migration", vendorLocation)
                .target("9").load().migrate();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            // Only the override matters here; the case and agency it names are left out.
            s.execute(withoutForeignKeys);
            s.execute("INSERT INTO emergency_override (case_id, agency_id, reason, granted_at, granted_by) "
                    + "VALUES (1, 1, 'Дитина повідомила про насильство вдома', TIMESTAMPADD(DAY, -30, CURRENT_TIMESTAMP), 'curator')");
        }

        Instant before = Instant.now();
        Flyway.configure().dataSource(jdbcUrl, user, password).locations("classpath:db/migration", vendorLocation).load().migrate();
        Instant after = Instant.now();

        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT expires_at, withdrawn_at, withdrawn_by FROM emergency_override")) {
                assertThat(rs.next()).isTrue();
                Instant end = rs.getTimestamp(1).toInstant();
                assertThat(end).isBetween(before.plus(Duration.ofHours(72)).minusSeconds(5), after.plus(Duration.ofHours(72)).plusSeconds(5));
                assertThat(rs.getTimestamp(2)).isNull();
                assertThat(rs.getString(3)).isNull();
            }
            try (ResultSet rs = c.getMetaData().getColumns(null, null, "emergency_override", "expires_at")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("IS_NULLABLE")).isEqualTo("NO");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM emergency_override_renewal")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }
}
