package org.consilium.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.consilium.casefile.CaseSheets;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * As many readers at once as the portal's pool has connections, each opening a case inside a read that
 * already holds its connection: the opening is written to the audit log in a transaction of its own,
 * which must not need a second connection of the same pool (decision 0037). Before the audit log had
 * connections of its own, every reader waited for another connection until the pool's timeout and failed.
 */
@MariaDbTest
class AuditConnectionsTest {

    @Autowired
    CaseSheets sheets;

    @Autowired
    TestCases testCases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void as_many_readers_as_the_pool_has_connections_open_a_case_at_once_and_each_opening_is_kept() throws Exception {
        long caseId = testCases.openCaseForDemoCurator();
        int readers = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        TransactionTemplate reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        CyclicBarrier allHoldAConnection = new CyclicBarrier(readers);
        List<Future<Boolean>> opened = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(readers)) {
            for (int i = 0; i < readers; i++) {
                opened.add(pool.submit(() -> signedIn.as("curator", () -> reading.execute(status -> {
                    jdbc.queryForObject("SELECT 1", Integer.class);
                    try {
                        allHoldAConnection.await(2, TimeUnit.MINUTES);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return sheets.sheet(caseId).isPresent();
                }))));
            }
            for (Future<Boolean> f : opened) {
                assertThat(f.get(5, TimeUnit.MINUTES)).isTrue();
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE case_id = ? AND action = 'VIEW' AND username = 'curator'",
                Integer.class, caseId)).isEqualTo(readers);
    }
}
