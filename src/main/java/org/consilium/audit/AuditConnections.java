package org.consilium.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The few connections of the audit log's own transactions (decision 0037). A reading, a refusal or a
 * sign-in is written in a transaction of its own while the work it records still holds its connection.
 * Taken from the portal's pool, that would be a second connection for each reader: with as many readers
 * at once as the pool has connections, every one of them would hold one and wait for another, and the
 * whole portal would stand until the pool's timeout. These connections are only ever held for one
 * insert and its commit, and whoever waits for one holds nothing they need, so the wait always ends.
 *
 * <p>They are a pool of their own to the same database with the portal pool's settings, not a bean: a
 * second {@link DataSource} bean would take the place of the portal's own.
 */
@Component
class AuditConnections implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditConnections.class);

    private final HikariDataSource own;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    AuditConnections(DataSource portal, PlatformTransactionManager portalTransactions,
                     @Value("${consilium.audit.connections:4}") int connections) {
        HikariDataSource pool = hikari(portal);
        if (pool == null) {
            // Not a pool whose settings can be copied: its own transactions, as before this class.
            log.warn("The audit log writes its own transactions through the portal's connections: {} is not a Hikari pool",
                    portal.getClass().getName());
            own = null;
            jdbc = new JdbcTemplate(portal);
            transactions = new TransactionTemplate(portalTransactions);
        } else {
            HikariConfig config = new HikariConfig();
            pool.copyStateTo(config);
            config.setPoolName(pool.getPoolName() + "-audit");
            config.setMaximumPoolSize(connections);
            config.setMinimumIdle(Math.min(1, connections));
            own = new HikariDataSource(config);
            jdbc = new JdbcTemplate(own);
            transactions = new TransactionTemplate(new DataSourceTransactionManager(own));
        }
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private static HikariDataSource hikari(DataSource portal) {
        if (portal instanceof HikariDataSource h) {
            return h;
        }
        try {
            return portal.isWrapperFor(HikariDataSource.class) ? portal.unwrap(HikariDataSource.class) : null;
        } catch (SQLException notAWrapper) {
            return null;
        }
    }

    /** Runs the statements in a transaction of their own on one of these connections. */
    void inOwnTransaction(Consumer<JdbcTemplate> work) {
        transactions.executeWithoutResult(status -> work.accept(jdbc));
    }

    @Override
    public void destroy() {
        if (own != null) {
            own.close();
        }
    }
}
