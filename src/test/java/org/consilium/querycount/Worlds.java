package org.consilium.querycount;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two worlds the counts compare, {@link CountedPages#FEW} and {@link CountedPages#MANY} rows of
 * each kind, made together the first time a test asks, so that whatever a page reads across all
 * teams is the same for both.
 */
final class Worlds {

    private static final Logger log = LoggerFactory.getLogger(Worlds.class);

    private final JdbcTemplate jdbc;
    private World few;
    private World many;

    Worlds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    synchronized World few() {
        make();
        return few;
    }

    synchronized World many() {
        make();
        return many;
    }

    private void make() {
        if (few == null) {
            long start = System.nanoTime();
            World small = World.build(jdbc, "A", "Десятко", CountedPages.FEW);
            many = World.build(jdbc, "B", "Тисяченко", CountedPages.MANY);
            few = small;
            log.info("rows for {} and {} made in {} ms", CountedPages.FEW, CountedPages.MANY, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
