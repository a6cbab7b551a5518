package org.consilium.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether Consilium runs with demo data. {@code consilium.demo.mode}: {@code auto} (the default)
 * means only on the embedded H2 database, so that a real MariaDB never gets demo accounts by
 * accident; {@code on} and {@code off} force it.
 */
@Component
class DemoMode {

    private final boolean active;

    DemoMode(@Value("${consilium.demo.mode:auto}") String mode, DataSource dataSource) {
        this.active = switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> isEmbedded(dataSource);
        };
    }

    private static boolean isEmbedded(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database address", e);
        }
    }

    boolean isActive() {
        return active;
    }
}
