package org.consilium.bench;

import java.sql.DriverManager;
import java.util.Arrays;
import org.consilium.ConsiliumApplication;
import org.slf4j.Logger;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** What the benchmarks share: a fresh MariaDB database with the demo data, and timing a task. */
final class Bench {

    private Bench() {
    }

    /**
     * The portal on a new database of this name (dropped first if it exists), filled with the demo
     * data; {@code urlOptions} are added to the JDBC address. {@code BENCH_DB_SERVER} names another server.
     */
    static ConfigurableApplicationContext start(String database, String urlOptions, Class<?>... more) throws Exception {
        String server = System.getenv().getOrDefault("BENCH_DB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");
        try (var c = DriverManager.getConnection(server, "root", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database);
            c.createStatement().execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Class<?>[] sources = new Class<?>[more.length + 1];
        sources[0] = ConsiliumApplication.class;
        System.arraycopy(more, 0, sources, 1, more.length);
        return SpringApplication.run(sources, new String[] {
                "--spring.datasource.url=" + server + database + urlOptions, "--spring.datasource.username=root",
                "--spring.datasource.password=", "--consilium.demo.mode=on", "--server.port=0", "--logging.level.root=WARN",
                "--logging.level.org.consilium.bench=INFO"});
    }

    /**
     * The portal on an existing database of this name, as it is (the portal's own migrations applied),
     * for measuring data made before, such as {@link VolumeData}'s.
     */
    static ConfigurableApplicationContext open(String database) {
        String server = System.getenv().getOrDefault("BENCH_DB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");
        try (var c = DriverManager.getConnection(server + database, "root", "");
             var rs = c.createStatement().executeQuery("""
                     select @@innodb_buffer_pool_size, (select sum(data_length + index_length) from information_schema.tables
                                                         where table_schema = database())""")) {
            rs.next();
            if (rs.getLong(1) < rs.getLong(2)) {
                // Measured so, the figures are of the disk, not of the queries (README, "Volume data").
                System.err.printf("MariaDB's buffer pool (%d MB) is smaller than the data (%d MB)%n", rs.getLong(1) >> 20,
                        rs.getLong(2) >> 20);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database " + database + " cannot be read", e);
        }
        return SpringApplication.run(ConsiliumApplication.class,
                "--spring.datasource.url=" + server + database, "--spring.datasource.username=root",
                "--spring.datasource.password=", "--consilium.demo.mode=off", "--server.port=0", "--logging.level.root=WARN",
                "--logging.level.org.consilium.bench=INFO");
    }

    /** Runs the task {@code warmUp} times, then {@code runs} times measured, and logs median, p90 and max. */
    static void report(Logger log, String what, int warmUp, int runs, Runnable task) {
        for (int i = 0; i < warmUp; i++) {
            task.run();
        }
        double[] micros = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            micros[i] = (System.nanoTime() - start) / 1000.0;
        }
        Arrays.sort(micros);
        log.info(String.format("%-55s median %7.2f ms, p90 %7.2f ms, max %7.2f ms", what, micros[runs / 2] / 1000,
                micros[runs * 9 / 10] / 1000, micros[runs - 1] / 1000));
    }
}
