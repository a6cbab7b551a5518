package org.consilium.querycount;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written in batches of plain SQL, as the volume generator writes them: quick enough to put a
 * thousand of each kind behind a page in a test. Ids are chosen here (the next free ones), so that
 * children can be written in the same batch as their parents.
 */
class Fill {

    final JdbcTemplate jdbc;
    final Instant now = Instant.now();
    final LocalDate today = LocalDate.now();

    Fill(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The first id after the highest in the table. */
    long next(String table) {
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    static Date day(LocalDate day) {
        return Date.valueOf(day);
    }

    static List<Object[]> rows() {
        return new ArrayList<>();
    }
}
