package org.consilium;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consilium.testing.MariaDbTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/** The migrations build the whole schema on an empty MariaDB database, and a second run changes nothing. */
@MariaDbTest
class FlywayMigrationTest {

    private static final String SCHEMA = "consilium_migration_test";

    @Autowired
    DataSourceProperties dataSource;

    @Test
    void flyway_migrates_a_clean_mariadb_schema_and_is_idempotent() throws Exception {
        Matcher url = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]*)(.*)").matcher(dataSource.getUrl());
        assertThat(url.matches()).as("test database URL %s", dataSource.getUrl()).isTrue();
        String cleanUrl = url.group(1) + SCHEMA;
        try (Connection c = DriverManager.getConnection(url.group(1), dataSource.getUsername(), dataSource.getPassword());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            s.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }

        Flyway flyway = Flyway.configure()
                .dataSource(cleanUrl, dataSource.getUsername(), dataSource.getPassword())
                .locations("classpath:db/migration")
                .load();
        MigrateResult first = flyway.migrate();
        MigrateResult second = flyway.migrate();

        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isPositive();
        assertThat(second.migrationsExecuted).isZero();
        assertThat(tables(cleanUrl)).contains("agency", "family", "user_account", "user_account_role");
    }

    private List<String> tables(String jdbcUrl) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, dataSource.getUsername(), dataSource.getPassword());
             ResultSet rs = c.getMetaData().getTables(SCHEMA, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
