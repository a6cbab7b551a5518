package org.consilium.testing;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test's Spring context at a fresh embedded H2 file database, as the default configuration uses. */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    public static void in(Path folder, DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("consilium")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
