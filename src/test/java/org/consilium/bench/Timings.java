package org.consilium.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times one task against another that should return the same rows (the portal's call and the best
 * plain SQL for it), alternately in the same run, and gives the medians, the 95th percentiles and
 * their ratio.
 */
record Timings(String what, double portalP50, double portalP95, double sqlP50, double sqlP95, int rows) {

    static Timings compare(String what, int warmUp, int runs, Supplier<List<Long>> portal, Supplier<List<Long>> sql) {
        List<Long> portalRows = List.of();
        List<Long> sqlRows = List.of();
        for (int i = 0; i < warmUp; i++) {
            portalRows = portal.get();
            sqlRows = sql.get();
        }
        if (!portalRows.equals(sqlRows)) {
            throw new IllegalStateException(what + ": the portal read " + portalRows + ", the SQL " + sqlRows);
        }
        double[] p = new double[runs];
        double[] s = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            portal.get();
            long t1 = System.nanoTime();
            sql.get();
            long t2 = System.nanoTime();
            p[i] = (t1 - t0) / 1e6;
            s[i] = (t2 - t1) / 1e6;
        }
        Arrays.sort(p);
        Arrays.sort(s);
        return new Timings(what, p[runs / 2], p[(int) Math.ceil(runs * 0.95) - 1], s[runs / 2], s[(int) Math.ceil(runs * 0.95) - 1],
                portalRows.size());
    }

    /**
     * As {@link #compare}, for a page that is not a list of records (a dashboard's figures): the SQL side
     * sends the same statements as the portal, and no rows are compared.
     */
    static Timings compareWithout(String what, int warmUp, int runs, Supplier<?> portal, Runnable sql) {
        return compare(what, warmUp, runs, () -> {
            portal.get();
            return List.of();
        }, () -> {
            sql.run();
            return List.of();
        });
    }

    /** A row of the table in docs/performance.md. */
    String markdown() {
        return String.format("| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.2f |", what, rows, portalP50, portalP95,
                sqlP50, sqlP95, portalP50 / sqlP50);
    }

    /** The timings of a run, each logged as a row of the table as soon as it is measured. */
    static final class Table extends java.util.ArrayList<Timings> {

        private final org.slf4j.Logger log;

        Table(org.slf4j.Logger log) {
            this.log = log;
            log.info("| what | rows | portal p50 | portal p95 | SQL p50 | SQL p95 | ratio p50 |");
        }

        @Override
        public boolean add(Timings t) {
            log.info(t.markdown());
            return super.add(t);
        }
    }
}
