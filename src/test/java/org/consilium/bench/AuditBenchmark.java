package org.consilium.bench;

import java.util.List;
import java.util.function.Supplier;
import org.consilium.base.AuditEvent;
import org.consilium.casefile.CaseFilter;
import org.consilium.casefile.CaseLists;
import org.consilium.casefile.CaseSheets;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
        ConfigurableApplicationContext ctx = Bench.start("consilium_bench_audit", "");
        try {
            CaseLists cases = ctx.getBean(CaseLists.class);
            CaseSheets sheets = ctx.getBean(CaseSheets.class);
            ApplicationEventPublisher events = ctx;
            long caseId = as(() -> cases.page(CaseFilter.all(), PageRequest.of(0, 1)).getContent().getFirst().id());
            Bench.report(log, "one audit entry (event, own transaction)", 50, RUNS,
                    () -> as(() -> {
                        events.publishEvent(AuditEvent.viewed("case", caseId, null, "Bench", caseId));
                        return null;
                    }));
            Bench.report(log, "opening a case page (CaseSheets.sheet, one entry included)", 50, RUNS, () -> as(() -> sheets.sheet(caseId)));
        } finally {
            ctx.close();
        }
    }

    private static <T> T as(Supplier<T> task) {
        return SystemAccess.as("supervisor", List.of(AppRoles.SUPERVISOR), task);
    }

}
