package org.consilium.workspace;

import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.agency.AgencyService;
import org.consilium.casefile.CaseLists;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.CuratorLoad;
import org.consilium.casefile.DueCase;
import org.consilium.casefile.SharingService;
import org.consilium.family.FamilyService;
import org.consilium.plan.FamilyGuide;
import org.consilium.plan.PlanService;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ReferralStatus;
import org.consilium.request.AnswerService;
import org.consilium.request.RequestService;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a user's "My work" page shows: for each of their roles, the figures that exist for it. Only
 * real counts: a role whose work is not in the portal yet gets none.
 */
@Service
@Transactional(readOnly = true)
public class MyWorkService {

    private final UserAccountService accounts;
    private final AgencyService agencies;
    private final FamilyService families;
    private final ReferralService referrals;
    private final CaseLists cases;
    private final SharingService sharing;
    private final PlanService plans;
    private final RequestService requests;
    private final AnswerService answers;
    private final FamilyGuide familyGuide;

    MyWorkService(UserAccountService accounts, AgencyService agencies, FamilyService families,
                  ReferralService referrals, CaseLists cases, SharingService sharing,
                  PlanService plans, RequestService requests, AnswerService answers, FamilyGuide familyGuide) {
        this.familyGuide = familyGuide;
        this.requests = requests;
        this.answers = answers;
        this.sharing = sharing;
        this.plans = plans;
        this.accounts = accounts;
        this.agencies = agencies;
        this.families = families;
        this.referrals = referrals;
        this.cases = cases;
    }

    @PermitAll
    public Optional<MyWork> forSignedInUser() {
        return accounts.signedIn().map(user -> new MyWork(user, sections(user),
                user.hasRole(AppRoles.FAMILY) ? Optional.of(familyGuide.now()) : Optional.empty()));
    }

    /** How many overdue cases a curator's home lists by name; the figure links to all of them. */
    static final int OVERDUE_LISTED = 10;

    private List<Section> sections(SignedInUser user) {
        List<Section> sections = new ArrayList<>();
        for (String role : AppRoles.ALL) {
            if (user.hasRole(role)) {
                sections.add(new Section(role, figures(role), lists(role)));
            }
        }
        return sections;
    }

    /** The cases a role's home lists by name: a curator's overdue work, a supervisor's overrides to review. */
    private List<CaseList> lists(String role) {
        return switch (role) {
            case AppRoles.CURATOR -> {
                List<CaseList> lists = new ArrayList<>(nonEmpty(new CaseList("mywork.overdue.title", "mywork.overdue.item",
                        cases.myOverdueCases(OVERDUE_LISTED))));
                lists.addAll(nonEmpty(new CaseList("mywork.followUps.title", "mywork.followUps.item",
                        cases.myFollowUpsDue(OVERDUE_LISTED), CaseLists.FOLLOW_UP_AHEAD_DAYS)));
                yield lists;
            }
            case AppRoles.SUPERVISOR -> {
                List<CaseList> lists = new ArrayList<>(nonEmpty(new CaseList("mywork.overrides.title",
                        "mywork.overrides.item", sharing.overridesToReview())));
                lists.addAll(nonEmpty(new CaseList("mywork.requestBases.title", "mywork.requestBases.item",
                        requests.basesToReview())));
                yield lists;
            }
            default -> List.of();
        };
    }

    private static List<CaseList> nonEmpty(CaseList list) {
        return list.cases().isEmpty() ? List.of() : List.of(list);
    }

    private List<Figure> figures(String role) {
        return switch (role) {
            case AppRoles.ADMIN -> List.of(
                    new Figure("mywork.figure.agencies", agencies.count(), Destination.AGENCIES),
                    new Figure("mywork.figure.users", accounts.count(), Destination.USERS),
                    new Figure("mywork.figure.families", families.count(), null));
            case AppRoles.SUPERVISOR -> supervisorFigures();
            case AppRoles.INTAKE -> List.of(
                    new Figure("mywork.figure.pendingReferrals", referrals.countPending(), Destination.REFERRALS),
                    new Figure("mywork.figure.families", families.count(), null));
            case AppRoles.CURATOR -> curatorFigures();
            case AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH -> partnerFigures();
            case AppRoles.FAMILY -> familyFigures();
            default -> List.of();
        };
    }

    private List<Figure> supervisorFigures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("mywork.figure.pendingReferrals", referrals.countPending(), Destination.REFERRALS));
        figures.add(new Figure("mywork.figure.teamOverdue", cases.countTeamOverdueCases(), Destination.TEAM_OVERDUE_CASES));
        figures.add(new Figure("mywork.figure.overridesToReview", sharing.overridesToReview().size(), null));
        figures.add(new Figure("mywork.figure.requestBasesToReview", requests.basesToReview().size(), null));
        for (CuratorLoad load : cases.teamCaseloads()) {
            figures.add(new Figure("mywork.figure.curatorLoad", load.openCases(), Destination.TEAM_CASES, load.fullName(), load.norm()));
        }
        return figures;
    }

    /** A partner agency's own referrals: how many wait for an answer, were accepted or declined. */
    private List<Figure> partnerFigures() {
        Map<ReferralStatus, Long> byStatus = referrals.countOfMyAgencyByStatus();
        long waiting = ReferralStatus.pending().stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum();
        PlanService.TaskCounts tasks = plans.myTaskCounts();
        AnswerService.ToAnswer toAnswer = answers.counts();
        return List.of(
                new Figure("mywork.figure.requestsToAnswer", toAnswer.open(), Destination.REQUESTS_TO_ANSWER),
                new Figure("mywork.figure.requestsOverdue", toAnswer.overdue(), Destination.REQUESTS_TO_ANSWER),
                new Figure("mywork.figure.myOpenTasks", tasks.open(), Destination.MY_TASKS),
                new Figure("mywork.figure.myOverdueTasks", tasks.overdue(), Destination.MY_TASKS),
                new Figure("mywork.figure.sharedCases", sharing.sharedWithMyAgency().size(), Destination.SHARED_CASES),
                new Figure("mywork.figure.myReferralsWaiting", waiting, Destination.MY_REFERRALS),
                new Figure("mywork.figure.myReferralsAccepted",
                        byStatus.getOrDefault(ReferralStatus.ACCEPTED, 0L), Destination.MY_REFERRALS),
                new Figure("mywork.figure.myReferralsDeclined",
                        byStatus.getOrDefault(ReferralStatus.DECLINED, 0L), Destination.MY_REFERRALS));
    }

    /** A family's own tasks in its plan in force: to do, and overdue. */
    private List<Figure> familyFigures() {
        PlanService.TaskCounts tasks = plans.myFamilyTaskCounts();
        return List.of(new Figure("mywork.figure.familyOpenTasks", tasks.open(), Destination.MY_PLAN),
                new Figure("mywork.figure.familyOverdueTasks", tasks.overdue(), Destination.MY_PLAN));
    }

    private List<Figure> curatorFigures() {
        Map<CaseStage, Long> byStage = cases.myOpenCasesByStage();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("mywork.figure.myOpenCases", byStage.values().stream().mapToLong(Long::longValue).sum(),
                Destination.MY_CASES));
        figures.add(new Figure("mywork.figure.myOverdue", cases.countMyOverdueCases(),
                Destination.MY_OVERDUE_CASES));
        byStage.forEach((stage, count) -> figures.add(new Figure(stage.messageKey(), count, Destination.MY_CASES)));
        return figures;
    }

    /**
     * A user's home: who they are and one section per role they hold; for a family member also where
     * the family stands with its plan and its own tasks to do.
     */
    public record MyWork(SignedInUser user, List<Section> sections, Optional<FamilyGuide.FamilyNow> family) {
    }

    /** One role's part of the home page, with the lists of cases it names. */
    public record Section(String role, List<Figure> figures, List<CaseList> lists) {
    }

    /**
     * Cases a home lists by name under a title (which takes {@code titleArguments}); {@code itemKey} takes
     * the family, the stage and the date.
     */
    public record CaseList(String titleKey, String itemKey, List<DueCase> cases, Object... titleArguments) {
    }

    /**
     * Where a figure leads: the list of what it counts. The page decides the address; the service
     * only says which list, so that routes stay with the views.
     */
    public enum Destination {
        AGENCIES, USERS, REFERRALS, TEAM_CASES, TEAM_OVERDUE_CASES, MY_CASES, MY_OVERDUE_CASES, MY_TASKS,
        SHARED_CASES, MY_REFERRALS, MY_PLAN, REQUESTS_TO_ANSWER
    }

    /**
     * A counted figure, with the list of what it counts, if there is one, and its label's own arguments. The
     * label is given the value as its argument {0}, so that it can agree with the number shown above it
     * ("1 запит", "5 запитів"); its own arguments follow as {1}, {2}.
     */
    public record Figure(String labelKey, long value, Destination destination, Object... labelArguments) {

        public Figure(String labelKey, long value, Destination destination) {
            this(labelKey, value, destination, new Object[0]);
        }

        /** The arguments of the label: the value, then the label's own. */
        public Object[] labelArgumentsAfterValue() {
            Object[] all = new Object[labelArguments.length + 1];
            all[0] = value;
            System.arraycopy(labelArguments, 0, all, 1, labelArguments.length);
            return all;
        }
    }
}
