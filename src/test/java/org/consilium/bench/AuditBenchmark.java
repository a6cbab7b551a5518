package org.consilium.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.consilium.ConsiliumApplication;
import org.consilium.base.AuditEvent;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseFilter;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * What writing the audit log adds to opening a page: the time of one audit entry written as the
 * portal writes it (an event, a transaction of its own), against the time of opening a case's page
 * (which writes one). Runs against its own database {@code consilium_bench_audit}; see
 * docs/performance.md.
 */
public final class AuditBenchmark {

    private static final Logger log = LoggerFactory.getLogger(AuditBenchmark.class);
    private static final int RUNS = 500;

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String server = System.getenv().getOrDefault("BENCH_DB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");
        try (var c = java.sql.DriverManager.getConnection(server, "root", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS consilium_bench_audit");
            c.createStatement().execute("CREATE DATABASE consilium_bench_audit CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        ConfigurableApplicationContext ctx = SpringApplication.run(ConsiliumApplication.class,
                "--spring.datasource.url=" + server + "consilium_bench_audit", "--spring.datasource.username=root",
                "--spring.datasource.password=", "--consilium.demo.mode=on", "--server.port=0", "--logging.level.root=WARN",
                "--logging.level.org.consilium.bench=INFO");
        try {
            CaseService cases = ctx.getBean(CaseService.class);
            ApplicationEventPublisher events = ctx;
            long caseId = as(() -> cases.page(CaseFilter.all(), PageRequest.of(0, 1)).getContent().getFirst().id());
            report("one audit entry (event, own transaction)",
                    () -> as(() -> {
                        events.publishEvent(AuditEvent.viewed("case", caseId, null, "Bench", caseId));
                        return null;
                    }));
            report("opening a case page (CaseService.view, one entry included)", () -> as(() -> cases.view(caseId)));
        } finally {
            ctx.close();
        }
    }

    private static <T> T as(Supplier<T> task) {
        return SystemAccess.as("supervisor", List.of(AppRoles.SUPERVISOR), task);
    }

    private static void report(String what, Runnable task) {
        for (int i = 0; i < 50; i++) {
            task.run();
        }
        double[] micros = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            task.run();
            micros[i] = (System.nanoTime() - start) / 1000.0;
        }
        Arrays.sort(micros);
        log.info(String.format("%-60s median %6.2f ms, p90 %6.2f ms, max %6.2f ms", what, micros[RUNS / 2] / 1000,
                micros[RUNS * 9 / 10] / 1000, micros[RUNS - 1] / 1000));
    }
}
