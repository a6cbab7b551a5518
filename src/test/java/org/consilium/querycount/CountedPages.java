package org.consilium.querycount;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that count the SQL statements a page sends, once with {@link #FEW} and once with
 * {@link #MANY} rows behind it, and expect the same number: a page whose statements grow with its
 * rows reads them one by one (an "N+1"). Each counts two ways: the service reads the view makes, with
 * what they return turned into text (so that anything loaded late is loaded inside the count), and
 * the whole page opened in a browserless UI, its grids' first page included. The rows are made in
 * plain SQL in a database of the tests' own, without the demo data.
 */
@Import(QueryCounting.class)
abstract class CountedPages extends KaribuTest {

    static final int FEW = 10;
    static final int MANY = 1_000;

    private static final Logger log = LoggerFactory.getLogger(CountedPages.class);

    /** A list of parameters, {@code (?, ?, ?)}: its length follows the rows, the statement is the same. */
    private static final Pattern LIST = Pattern.compile("\\(\\?(\\s*,\\s*\\?)*\\)");

    @Autowired
    QueryCounter counter;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Worlds worlds;

    @DynamicPropertySource
    static void aDatabaseOfItsOwn(DynamicPropertyRegistry registry) {
        String url = OwnDatabase.recreate();
        registry.add("spring.datasource.url", () -> url);
        registry.add("consilium.demo.mode", () -> "off");
        // The suite keeps every test context open until it ends, each with its pool: this one reads on one
        // thread (and writes an audit entry beside), so it keeps few connections, and none once idle.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
    }

    /**
     * The statements a service read sends for the user, with all it returned turned into text inside
     * the count: whatever a page could show of it is loaded by then.
     */
    <T> QueryCounter.Counted<T> read(String user, Supplier<T> read) {
        return signedIn.as(user, () -> counter.count(() -> {
            T result = read.get();
            assertThat(String.valueOf(result)).isNotEmpty();
            return result;
        }));
    }

    /** The statements the page sends when the signed-in user opens it, until it is ready to be shown. */
    QueryCounter.Counted<String> open(String user, String route) {
        signIn(user);
        QueryCounter.Counted<String> counted = counter.count(() -> {
            UI.getCurrent().navigate(route);
            MockVaadin.clientRoundtrip(false);
            return route;
        });
        assertThat(UI.getCurrent().getCurrentView()).as("what %s sees at %s", user, route)
                .isNotInstanceOf(HasErrorParameter.class);
        return counted;
    }

    /**
     * Counts the statements on the small world (once to warm up, once counted) and on the large one,
     * and expects as many on both.
     */
    void assertConstant(String page, Function<World, QueryCounter.Counted<String>> measure) {
        assertConstant(page, measure, (w, route) -> { });
    }

    /**
     * As {@link #assertConstant(String, Function)} for a service read, with what each world's read
     * must have found ({@code behindIt}), so that a read that found nothing cannot pass.
     */
    <T> void assertConstant(String page, Function<World, QueryCounter.Counted<T>> measure, BiConsumer<World, T> behindIt) {
        Comparison c = compare(page, measure, behindIt);
        assertThat(c.many().count())
                .as("%s: %d statements with %d rows behind it, %d with %d", page, c.few().count(), FEW, c.many().count(), MANY)
                .isEqualTo(c.few().count());
    }

    /** Two counts of the same page, and the statements the large world sent more ({@code extra}) or fewer ({@code missing}). */
    record Comparison(QueryCounter.Counted<?> few, QueryCounter.Counted<?> many, List<String> extra, List<String> missing) {
    }

    private <T> Comparison compare(String page, Function<World, QueryCounter.Counted<T>> measure, BiConsumer<World, T> behindIt) {
        measure.apply(worlds.few());
        QueryCounter.Counted<T> few = measure.apply(worlds.few());
        QueryCounter.Counted<T> many = measure.apply(worlds.many());
        behindIt.accept(worlds.few(), few.result());
        behindIt.accept(worlds.many(), many.result());
        List<String> extra = without(normalised(many), normalised(few));
        List<String> missing = without(normalised(few), normalised(many));
        log.info("statements | {} | {} | {}", page, few.count(), many.count());
        if (!extra.isEmpty() || !missing.isEmpty()) {
            log.warn("{}: {} statements with {} rows, {} with {}; sent more often with {}:\n{}\nless often:\n{}", page, few.count(),
                    FEW, many.count(), MANY, MANY, tally(extra), tally(missing));
        }
        return new Comparison(few, many, extra, missing);
    }

    /** The statements with their lists of parameters ({@code in (?, ?, ...)}) shortened, so that the same statement compares equal. */
    private static List<String> normalised(QueryCounter.Counted<?> counted) {
        return counted.statements().stream().map(sql -> LIST.matcher(sql).replaceAll("(?...)")).toList();
    }

    /** Each statement once, with how many times it was sent. */
    private static String tally(List<String> statements) {
        return statements.stream().collect(Collectors.groupingBy(sql -> sql, TreeMap::new, Collectors.counting())).entrySet()
                .stream().map(e -> "  " + e.getValue() + " x " + e.getKey()).collect(Collectors.joining("\n"));
    }

    private static List<String> without(List<String> all, List<String> taken) {
        List<String> rest = new ArrayList<>(all);
        taken.forEach(rest::remove);
        return rest;
    }
}
