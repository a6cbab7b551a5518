package org.consilium.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.consilium.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reports of recurring requests: once a week's or a month's period has ended (and it began
 * by the series' last day), the next request of the series goes to the same agency for that period,
 * due the usual number of working days later. Runs every night and when the application starts. Each
 * period is sent once: a report already sent is found and skipped, and the database refuses a second
 * report for the same period, so running again (after a restart, or on two servers) sends nothing twice.
 */
@Component
public class RecurringReports {

    private static final Logger LOG = LoggerFactory.getLogger(RecurringReports.class);

    private final RequestRepository requests;
    private final RequestRules rules;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RecurringReports(RequestRepository requests, RequestRules rules, TransactionTemplate transactions, Clock clock) {
        this.requests = requests;
        this.rules = rules;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${consilium.requests.recurring-cron:0 30 1 * * *}")
    public void sendDue() {
        int sent = sendDue(LocalDate.now(clock));
        if (sent > 0) {
            LOG.info("Sent {} recurring report request(s)", sent);
        }
    }

    /**
     * Sends every report whose period ended before {@code today}; returns how many were sent. Runs as
     * the system (the job has no signed-in user); each report names the curator who set up the series.
     */
    public int sendDue(LocalDate today) {
        return SystemAccess.asAdministrator(() -> sendAllDue(today));
    }

    private int sendAllDue(LocalDate today) {
        List<Long> series = transactions.execute(s -> requests.recurringSeries(today.minusMonths(2)).stream()
                .map(InformationRequest::getId).toList());
        int sent = 0;
        for (long first : series == null ? List.<Long>of() : series) {
            sent += sendDueOfSeries(first, today);
        }
        return sent;
    }

    /** Sends the reports of one series whose period ended before {@code today}, in one transaction. */
    int sendDueOf(long firstId, LocalDate today) {
        return SystemAccess.asAdministrator(() -> sendDueOfSeries(firstId, today));
    }

    private int sendDueOfSeries(long firstId, LocalDate today) {
        try {
            Integer n = transactions.execute(s -> sendDueInTransaction(firstId, today));
            return n == null ? 0 : n;
        } catch (DataIntegrityViolationException e) {
            LOG.info("A report of series {} was sent meanwhile by another run", firstId);
            return 0;
        }
    }

    private int sendDueInTransaction(long firstId, LocalDate today) {
        List<InformationRequest> newestFirst = requests.seriesNewestFirst(firstId);
        InformationRequest first = newestFirst.stream().filter(r -> r.getId() == firstId).findFirst().orElseThrow();
        InformationRequest latest = newestFirst.getFirst();
        Repeat repeat = first.getSchedule().getRepeat();
        LocalDate until = first.getSchedule().getUntil();
        int sent = 0;
        LocalDate start = repeat.next(latest.getPeriodFrom());
        while (!start.isAfter(until)) {
            LocalDate end = repeat.next(start).minusDays(1);
            if (!end.isBefore(today)) {
                break;
            }
            if (!requests.existsByScheduleSeriesIdAndPeriodFrom(firstId, start)) {
                requests.saveAndFlush(first.nextReport(start, end, rules.dueDate(first.getKind(), today), clock.instant()));
                sent++;
            }
            start = repeat.next(start);
        }
        return sent;
    }
}
