package org.consilium.dashboard;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.casefile.CaseLists;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.ClosureReason;
import org.consilium.casefile.CuratorLoad;
import org.consilium.casefile.FollowUpResult;
import org.consilium.casefile.SupportLevel;
import org.consilium.plan.TaskStatus;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ResponseTarget;
import org.consilium.referral.Urgency;
import org.consilium.request.RequestStatus;
import org.consilium.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards: each reads only what its reader may see — a supervisor their team (their agency's
 * cases; referrals, which intake shares, all of them), a curator their own cases, a partner agency what
 * was asked of it. The numbers are counted in the database ({@link DashboardQueries}).
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    /** How far back response times are measured. */
    public static final int RESPONSE_DAYS = 90;
    /** How many months of closures the outcomes show, this one included. */
    public static final int OUTCOME_MONTHS = 12;
    /** How far ahead "my week" looks. */
    public static final int WEEK_DAYS = 7;
    /** How many of the week's items the dashboard itself lists; its figure opens them all. */
    public static final int WEEK_SHOWN = 15;

    private final DashboardQueries queries;
    private final UserAccountService accounts;
    private final CaseLists cases;
    private final ReferralService referrals;
    private final Clock clock;

    Dashboards(DashboardQueries queries, UserAccountService accounts, CaseLists cases, ReferralService referrals, Clock clock) {
        this.queries = queries;
        this.accounts = accounts;
        this.cases = cases;
        this.referrals = referrals;
        this.clock = clock;
    }

    /** The open cases of one stage and support level. */
    public record StageLevel(CaseStage stage, SupportLevel level, long count) {
    }

    /**
     * Referrals of one urgency received in the last {@link #RESPONSE_DAYS} days: how many, how many intake
     * verified, within the target or not, how many waited past it (verified late or still waiting), and
     * the median hours to verification.
     */
    public record Response(Urgency urgency, int targetHours, long received, long verified, long withinTarget, long late,
                           Double medianHours) {
    }

    /** Overdue work of the team's cases done by one agency (id 0: the family's own tasks). */
    public record AgencyOverdue(long agencyId, String agencyName, long tasks, long requests) {
    }

    /** The team's cases closed in a month, by reason. */
    public record MonthOutcome(YearMonth month, Map<ClosureReason, Long> byReason) {

        public long total() {
            return byReason.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record SupervisorBoard(List<CuratorLoad> caseloads, List<StageLevel> byStageAndLevel, List<Response> responses,
                                  List<AgencyOverdue> overdue, List<MonthOutcome> outcomes,
                                  Map<FollowUpResult, Long> followUps) {
    }

    /** A curator's own work: open cases by stage, overdue work, and the week ahead (its count and first items). */
    public record CuratorBoard(Map<CaseStage, Long> openByStage, long stageOverdue, long tasksOverdue,
                               long requestsOverdue, long weekCount, List<DashboardLine> week) {
    }

    public record PartnerBoard(String agencyName, Map<RequestStatus, Long> openRequests, Map<TaskStatus, Long> tasks,
                               long answered, long answeredOnTime, Double medianDays) {
    }

    @RolesAllowed(AppRoles.SUPERVISOR)
    public SupervisorBoard supervisor() {
        long team = team();
        LocalDate today = LocalDate.now(clock);
        List<StageLevel> stageLevels = queries.teamByStageAndLevel(team).stream()
                .map(r -> new StageLevel(CaseStage.valueOf((String) r[0]), SupportLevel.valueOf((String) r[1]), (Long) r[2]))
                .sorted(Comparator.comparing(StageLevel::stage).thenComparing(StageLevel::level)).toList();
        return new SupervisorBoard(cases.teamCaseloads(), stageLevels, responses(), overdue(team, today), outcomes(team),
                followUps(team));
    }

    @RolesAllowed(AppRoles.CURATOR)
    public CuratorBoard curator() {
        long me = me().id();
        LocalDate today = LocalDate.now(clock);
        return new CuratorBoard(cases.myOpenCasesByStage(), queries.myStageOverdue(me, today), queries.myTasksOverdue(me, today),
                queries.myRequestsOverdue(me, today), queries.myWeekCount(me, today, today.plusDays(WEEK_DAYS - 1)),
                queries.myWeek(me, today, today.plusDays(WEEK_DAYS - 1), WEEK_SHOWN));
    }

    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public PartnerBoard partner() {
        SignedInUser me = me();
        if (me.agencyId() == null) {
            throw new AccessDeniedException("No agency");
        }
        Map<RequestStatus, Long> requests = new EnumMap<>(RequestStatus.class);
        queries.agencyOpenRequestsByStatus(me.agencyId()).forEach((s, n) -> requests.put(RequestStatus.valueOf(s), n));
        Map<TaskStatus, Long> tasks = new EnumMap<>(TaskStatus.class);
        queries.agencyTasksByStatus(me.agencyId()).forEach((s, n) -> tasks.put(TaskStatus.valueOf(s), n));
        List<Object[]> answered = queries.agencyAnsweredSince(me.agencyId(), clock.instant().minus(Duration.ofDays(RESPONSE_DAYS)));
        ZoneId zone = clock.getZone();
        long onTime = answered.stream().filter(r -> !LocalDate.ofInstant((Instant) r[1], zone).isAfter((LocalDate) r[2])).count();
        List<Double> days = answered.stream()
                .map(r -> Duration.between((Instant) r[0], (Instant) r[1]).toMinutes() / 1440.0).toList();
        return new PartnerBoard(me.agencyName(), requests, tasks, answered.size(), onTime, median(days));
    }

    /** Referral response times against the targets, by urgency, over the last {@link #RESPONSE_DAYS} days. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    public List<Response> responses() {
        Instant now = clock.instant();
        Map<Urgency, Integer> targets = new EnumMap<>(Urgency.class);
        for (ResponseTarget t : referrals.responseTargets()) {
            targets.put(t.getUrgency(), t.getHours());
        }
        Map<Urgency, List<Object[]>> byUrgency = new EnumMap<>(Urgency.class);
        for (Object[] r : queries.referralsSince(now.minus(Duration.ofDays(RESPONSE_DAYS)))) {
            byUrgency.computeIfAbsent(Urgency.valueOf((String) r[0]), k -> new ArrayList<>()).add(r);
        }
        List<Response> out = new ArrayList<>();
        for (Urgency u : Urgency.values()) {
            List<Object[]> rows = byUrgency.getOrDefault(u, List.of());
            List<Double> hours = new ArrayList<>();
            long within = 0;
            long late = 0;
            for (Object[] r : rows) {
                Instant received = (Instant) r[1];
                Instant verified = (Instant) r[2];
                Instant due = (Instant) r[3];
                if (verified != null) {
                    hours.add(Duration.between(received, verified).toMinutes() / 60.0);
                    if (verified.isAfter(due)) {
                        late++;
                    } else {
                        within++;
                    }
                } else if (PENDING.contains((String) r[4]) && due.isBefore(now)) {
                    late++;
                }
            }
            out.add(new Response(u, targets.getOrDefault(u, 0), rows.size(), hours.size(), within, late, median(hours)));
        }
        return out;
    }

    private static final Set<String> PENDING = Set.of("NEW", "VERIFYING", "VERIFIED");

    private List<AgencyOverdue> overdue(long team, LocalDate today) {
        Map<Long, Long> tasks = queries.teamOverdueTasksByAgency(team, today);
        Map<Long, Long> requests = queries.teamOverdueRequestsByAgency(team, today);
        Map<Long, String> names = queries.agencyNames();
        TreeSet<Long> ids = new TreeSet<>(tasks.keySet());
        ids.addAll(requests.keySet());
        return ids.stream().map(id -> new AgencyOverdue(id, id == 0 ? null : names.get(id), tasks.getOrDefault(id, 0L),
                requests.getOrDefault(id, 0L))).toList();
    }

    private List<MonthOutcome> outcomes(long team) {
        ZoneId zone = clock.getZone();
        YearMonth now = YearMonth.now(clock);
        YearMonth first = now.minusMonths(OUTCOME_MONTHS - 1);
        Map<YearMonth, Map<ClosureReason, Long>> byMonth = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(now); m = m.plusMonths(1)) {
            byMonth.put(m, new EnumMap<>(ClosureReason.class));
        }
        for (Object[] r : queries.teamClosedSince(team, first.atDay(1).atStartOfDay(zone).toInstant())) {
            YearMonth m = YearMonth.from(((Instant) r[0]).atZone(zone));
            ClosureReason reason = r[1] == null ? ClosureReason.OTHER : ClosureReason.valueOf((String) r[1]);
            byMonth.computeIfAbsent(m, k -> new EnumMap<>(ClosureReason.class)).merge(reason, 1L, Long::sum);
        }
        return byMonth.entrySet().stream().map(e -> new MonthOutcome(e.getKey(), e.getValue())).toList();
    }

    private Map<FollowUpResult, Long> followUps(long team) {
        Map<FollowUpResult, Long> out = new EnumMap<>(FollowUpResult.class);
        for (FollowUpResult r : FollowUpResult.values()) {
            out.put(r, 0L);
        }
        queries.teamFollowUpsByResult(team).forEach((k, n) -> out.put(FollowUpResult.valueOf(k), n));
        return out;
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    long team() {
        SignedInUser me = me();
        if (me.agencyId() == null) {
            throw new AccessDeniedException("A supervisor without a team");
        }
        return me.agencyId();
    }

    SignedInUser me() {
        return accounts.signedIn().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
