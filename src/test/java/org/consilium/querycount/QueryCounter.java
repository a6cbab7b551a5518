package org.consilium.querycount;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements that the current thread sends to the database while it counts, whoever
 * sends them: Hibernate, a {@code JdbcTemplate}, the audit log. A batch counts once, as it is sent
 * once. Other threads (the pool's housekeeping, listeners that run later) are not counted.
 */
final class QueryCounter implements QueryExecutionListener {

    /** What a piece of work returned, and the statements it sent, in order. */
    record Counted<T>(T result, List<String> statements) {

        int count() {
            return statements.size();
        }
    }

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    /** Runs the work on this thread and counts the statements it sends. */
    <T> Counted<T> count(Supplier<T> work) {
        List<String> outer = recording.get();
        List<String> statements = new ArrayList<>();
        recording.set(statements);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            if (outer == null) {
                recording.remove();
            } else {
                outer.addAll(statements);
                recording.set(outer);
            }
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        // Counted once it has been sent, in afterQuery.
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        List<String> statements = recording.get();
        if (statements != null) {
            String sql = queries.stream().map(QueryInfo::getQuery).collect(Collectors.joining("; "));
            statements.add(execution.isBatch() ? "[batch] " + sql : sql);
        }
    }
}
