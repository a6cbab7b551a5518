package org.consilium.dashboard;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.consilium.account.SignedInUser;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.ClosureReason;
import org.consilium.casefile.FollowUpResult;
import org.consilium.casefile.SupportLevel;
import org.consilium.plan.TaskStatus;
import org.consilium.referral.Urgency;
import org.consilium.request.RequestStatus;
import org.consilium.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list behind each figure of a dashboard, for the reader the figure is for: the same conditions as
 * the figure, so that it holds as many rows (up to {@link DashboardQueries#LIST_MAX}). A figure of
 * another role is refused, and so is a key that names nothing.
 */
@Service
@Transactional(readOnly = true)
public class DashboardLists {

    private final DashboardQueries queries;
    private final Dashboards dashboards;
    private final Clock clock;

    DashboardLists(DashboardQueries queries, Dashboards dashboards, Clock clock) {
        this.queries = queries;
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @PermitAll
    public List<DashboardLine> rows(Figure figure, String key) {
        SignedInUser me = dashboards.me();
        LocalDate today = LocalDate.now(clock);
        try {
            return switch (figure) {
                case TEAM_STAGE_LEVEL -> {
                    String[] parts = key.split(":");
                    yield queries.teamStageLevelCases(team(me), CaseStage.valueOf(parts[0]).name(),
                            SupportLevel.valueOf(parts[1]).name());
                }
                case TEAM_OVERDUE_TASKS -> queries.teamOverdueTasks(team(me), today, Long.parseLong(key));
                case TEAM_OVERDUE_REQUESTS -> queries.teamOverdueRequests(team(me), today, Long.parseLong(key));
                case TEAM_CLOSED -> {
                    String[] parts = key.split(":");
                    YearMonth month = YearMonth.parse(parts[0]);
                    ZoneId zone = clock.getZone();
                    yield queries.teamClosed(team(me), month.atDay(1).atStartOfDay(zone).toInstant(),
                            month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), ClosureReason.valueOf(parts[1]).name());
                }
                case TEAM_FOLLOW_UPS -> queries.teamFollowUps(team(me), FollowUpResult.valueOf(key).name());
                case REFERRALS_LATE -> {
                    require(me, AppRoles.SUPERVISOR);
                    yield queries.lateReferrals(clock.instant().minus(Duration.ofDays(Dashboards.RESPONSE_DAYS)),
                            clock.instant(), Urgency.valueOf(key).name());
                }
                case REFERRALS_RECEIVED -> {
                    require(me, AppRoles.SUPERVISOR);
                    yield queries.receivedReferrals(clock.instant().minus(Duration.ofDays(Dashboards.RESPONSE_DAYS)),
                            Urgency.valueOf(key).name());
                }
                case MY_STAGE_OVERDUE -> queries.myStageOverdueCases(curator(me), today);
                case MY_TASKS_OVERDUE -> queries.myOverdueTasks(curator(me), today);
                case MY_REQUESTS_OVERDUE -> queries.myOverdueRequests(curator(me), today);
                case MY_WEEK -> queries.myWeek(curator(me), today, today.plusDays(Dashboards.WEEK_DAYS - 1),
                        DashboardQueries.LIST_MAX);
                case AGENCY_REQUESTS -> queries.agencyRequests(agency(me), RequestStatus.valueOf(key).name());
                case AGENCY_TASKS -> queries.agencyTasks(agency(me), TaskStatus.valueOf(key).name());
                case AGENCY_ANSWERED -> queries.agencyAnswered(agency(me),
                        clock.instant().minus(Duration.ofDays(Dashboards.RESPONSE_DAYS)));
            };
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeParseException
                 | NullPointerException e) {
            throw new AccessDeniedException("No such figure");
        }
    }

    private static long team(SignedInUser me) {
        require(me, AppRoles.SUPERVISOR);
        if (me.agencyId() == null) {
            throw new AccessDeniedException("A supervisor without a team");
        }
        return me.agencyId();
    }

    private static long curator(SignedInUser me) {
        require(me, AppRoles.CURATOR);
        return me.id();
    }

    private static long agency(SignedInUser me) {
        if (!(me.hasRole(AppRoles.SCHOOL) || me.hasRole(AppRoles.POLICE) || me.hasRole(AppRoles.HEALTH)) || me.agencyId() == null) {
            throw new AccessDeniedException("Not a partner agency");
        }
        return me.agencyId();
    }

    private static void require(SignedInUser me, String role) {
        if (!me.hasRole(role)) {
            throw new AccessDeniedException("Not " + role);
        }
    }
}
