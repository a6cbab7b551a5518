package org.consilium.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consilium.meeting.MeetingRoomServiceTest.refused;
import static org.consilium.meeting.MeetingRoomServiceTest.refusedAt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consilium.agency.AgencyType;
import org.consilium.casefile.CaseDecision;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.CaseTimelineNotes;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
import org.consilium.casefile.DecisionCriterion;
import org.consilium.casefile.DueDateDetails;
import org.consilium.casefile.SupportLevel;
import org.consilium.plan.MyTask;
import org.consilium.plan.PlanService;
import org.consilium.referral.DeclineDetails;
import org.consilium.referral.Referral;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.consilium.testing.WorkRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A meeting's decisions on MariaDB, each carried out through the rule that exists for it and with the
 * rights of the one who records it: a refusal is the rule's own and leaves no decision behind; what a
 * decision created links back to the meeting, and the case's timeline shows it.
 */
@MariaDbTest
class MeetingDecisionsTest {

    @Autowired
    MeetingDecisions decisions;

    @Autowired
    MeetingTimelineNotes timeline;

    @Autowired
    MeetingRoomService room;

    @Autowired
    RoomFixtures fixtures;

    @Autowired
    TestPlans testPlans;

    @Autowired
    TestCases testCases;

    @Autowired
    PlanService plans;

    @Autowired
    CaseService cases;

    @Autowired
    WorkRules rules;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    AgendaService agenda;

    @Autowired
    MinutesReader reader;

    @AfterEach
    void restoreNorms() {
        signedIn.as("admin", () -> rules.caseloadNorm(CaseModel.CLINICAL, CaseModel.CLINICAL.defaultNorm()));
    }

    @Test
    void the_plan_is_approved_only_from_agreed_and_only_by_a_supervisor_and_the_timeline_shows_it() {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        Meeting m = fixtures.aboutCase(MeetingKind.CASE_CONFERENCE, c, Set.of());
        long item = fixtures.item("curator", m.getId(), Topic.PLAN_APPROVAL, c.caseId(), "Затвердити план?");

        refused(() -> signedIn.as("supervisor", () -> decisions.decide(item, details(DecisionKind.APPROVE_PLAN))),
                "plan.illegalStep");
        assertThat(fixtures.decisionsOn(item)).isZero();
        assertThat(planStatus(planId)).isEqualTo("DRAFT");

        signedIn.as("curator", () -> plans.offer(planId, testPlans.planVersion(planId)));
        signedIn.as(c.familyUser(), () -> plans.acknowledge(planId, testPlans.planVersion(planId)));
        // The chair is a curator, and only a supervisor approves a plan: told so at the decision's kind.
        refusedAt(() -> signedIn.as("curator", () -> decisions.decide(item, details(DecisionKind.APPROVE_PLAN))),
                DecisionDetails.KIND, "meeting.decision.supervisorOnly");
        assertThat(fixtures.decisionsOn(item)).isZero();
        assertThat(planStatus(planId)).isEqualTo("AGREED");

        DecisionDetails approve = details(DecisionKind.APPROVE_PLAN);
        approve.setText("План узгоджено з родиною");
        MeetingDecision done = signedIn.as("supervisor", () -> decisions.decide(item, approve));
        assertThat(planStatus(planId)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("SELECT approved_by FROM family_plan WHERE id = ?", String.class, planId))
                .isEqualTo("supervisor");
        assertThat(done.getResult()).isEqualTo("meeting.decision.result.APPROVE_PLAN");
        assertThat(done.getResultRoute()).isEqualTo("plan/" + c.caseId());
        assertThat(fixtures.decisionsOn(item)).isEqualTo(1);

        List<CaseTimelineNotes.Note> notes = signedIn.as("curator", () -> timeline.notesOf(c.caseId()));
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.route()).isEqualTo("meeting/" + m.getId());
            assertThat(n.messageKey()).isEqualTo("meeting.timeline.APPROVE_PLAN");
            assertThat(n.args()).containsExactly(RoomFixtures.CONFERENCE_TITLE, "План узгоджено з родиною");
            assertThat(n.by()).isEqualTo("Андрій Мороз");
        });
        assertThat(signedIn.as("police", () -> timeline.notesOf(c.caseId())))
                .as("the police may not read the case itself").isEmpty();
    }

    @Test
    void a_plan_decision_needs_a_plan_to_act_on() {
        long caseId = testCases.openCaseForDemoCurator();
        Meeting m = fixtures.territorialGroup(Set.of(staff.agencyOf(AgencyType.POLICE).getId()), Set.of());
        long item = fixtures.item("supervisor", m.getId(), Topic.OTHER, caseId, "План?");
        refused(() -> signedIn.as("supervisor", () -> decisions.decide(item, details(DecisionKind.APPROVE_PLAN))),
                "plan.decision.noneToApprove");
        refused(() -> signedIn.as("supervisor", () -> decisions.decide(item, details(DecisionKind.REVISE_PLAN))),
                "plan.decision.noneInForce");
        refused(() -> signedIn.as("supervisor", () -> decisions.decide(item, task(staff.agencyOf(AgencyType.SCHOOL).getId(),
                "goal", "Завдання"))), "plan.stageNotAllowed");
        assertThat(fixtures.decisionsOn(item)).isZero();

        long general = fixtures.item("supervisor", m.getId(), Topic.OTHER, null, "Графік чергувань");
        refusedAt(() -> signedIn.as("supervisor", () -> decisions.decide(general, details(DecisionKind.APPROVE_PLAN))),
                DecisionDetails.KIND, "meeting.decision.needsCase");
        refusedAt(() -> signedIn.as("supervisor", () -> decisions.decide(general, details(DecisionKind.NOTE))),
                DecisionDetails.TEXT, "validation.required");
        DecisionDetails note = details(DecisionKind.NOTE);
        note.setText("Чергує Коваль");
        MeetingDecision recorded = signedIn.as("supervisor", () -> decisions.decide(general, note));
        assertThat(recorded.getResultRoute()).isNull();
        assertThat(fixtures.decisionsOn(general)).isEqualTo(1);
    }

    @Test
    void a_task_decided_at_the_meeting_joins_the_plan_in_force_for_the_school_and_links_back_to_the_meeting() {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        Meeting m = fixtures.aboutCase(MeetingKind.CASE_CONFERENCE, c, Set.of());
        long item = fixtures.item("curator", m.getId(), Topic.REVIEW, c.caseId(), "Що ще потрібно Ігорю?");
        String goalKey = jdbc.queryForObject("SELECT item_key FROM plan_goal WHERE plan_id = ?", String.class, planId);
        long school = staff.agencyOf(AgencyType.SCHOOL).getId();
        String text = "Щотижня повідомляти куратора про пропуски Ігоря " + SignedIn.unique("");
        refused(() -> signedIn.as("curator", () -> decisions.decide(item, task(school, goalKey, text))),
                "plan.decision.noneInForce");

        testPlans.agreeApproveActivate(c, planId);

        DecisionDetails noAgency = task(null, goalKey, text);
        refusedAt(() -> signedIn.as("curator", () -> decisions.decide(item, noAgency)), "agencyId", "validation.required");
        DecisionDetails pastDue = task(school, goalKey, text);
        pastDue.setDueOn(LocalDate.now(clock).minusDays(1));
        refused(() -> signedIn.as("curator", () -> decisions.decide(item, pastDue)), "case.due.past");
        assertThat(fixtures.decisionsOn(item)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan_task WHERE description = ?", Long.class, text)).isZero();

        MeetingDecision done = signedIn.as("curator", () -> decisions.decide(item, task(school, goalKey, text)));
        assertThat(done.getResultRoute()).isEqualTo("plan/" + c.caseId());
        Map<String, Object> added = jdbc.queryForMap("""
                SELECT g.plan_id, t.agency_id, t.side, t.origin_route, t.origin_label FROM plan_task t
                JOIN plan_goal g ON g.id = t.goal_id WHERE t.description = ?""", text);
        assertThat(((Number) added.get("plan_id")).longValue()).isEqualTo(planId);
        assertThat(((Number) added.get("agency_id")).longValue()).isEqualTo(school);
        assertThat(added.get("side")).isEqualTo("SPECIALIST");
        assertThat(added.get("origin_route")).isEqualTo("meeting/" + m.getId());
        assertThat(added.get("origin_label")).isEqualTo(RoomFixtures.CONFERENCE_TITLE);

        List<MyTask> schoolTasks = signedIn.as("school", () -> plans.myTasks());
        assertThat(schoolTasks).filteredOn(t -> t.description().equals(text)).singleElement()
                .satisfies(t -> assertThat(t.caseId()).isEqualTo(c.caseId()));
    }

    @Test
    void a_revision_decided_at_the_meeting_is_a_new_draft_while_the_plan_in_force_stays() {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        Meeting m = fixtures.aboutCase(MeetingKind.CASE_CONFERENCE, c, Set.of());
        long item = fixtures.item("curator", m.getId(), Topic.REVIEW, c.caseId(), "Переглянути план?");
        refused(() -> signedIn.as("curator", () -> decisions.decide(item, details(DecisionKind.REVISE_PLAN))),
                "plan.decision.noneInForce");

        testPlans.agreeApproveActivate(c, planId);
        signedIn.as("curator", () -> decisions.decide(item, details(DecisionKind.REVISE_PLAN)));
        assertThat(jdbc.queryForList("SELECT plan_number, status, revised_from_id FROM family_plan WHERE case_id = ? ORDER BY id",
                c.caseId())).extracting(r -> r.get("plan_number") + ":" + r.get("status") + ":" + r.get("revised_from_id"))
                .containsExactly("1:ACTIVE:null", "2:DRAFT:" + planId);

        refused(() -> signedIn.as("curator", () -> decisions.decide(item, details(DecisionKind.REVISE_PLAN))),
                "plan.revise.inPreparation");
        assertThat(fixtures.decisionsOn(item)).isEqualTo(1);
    }

    @Test
    void support_is_opened_or_declined_only_at_the_decision_stage() {
        long caseId = testCases.openCaseForDemoCurator();
        Meeting m = fixtures.territorialGroup(Set.of(staff.agencyOf(AgencyType.POLICE).getId()), Set.of());
        long item = fixtures.item("supervisor", m.getId(), Topic.DECISION, caseId, "Відкрити випадок?");
        DecisionDetails open = details(DecisionKind.OPEN_CASE);
        open.setLevel(SupportLevel.BASIC);
        open.setModel(CaseModel.BROKER);
        open.setCriteria(EnumSet.of(DecisionCriterion.MANY_PROBLEMS));
        DecisionDetails decline = details(DecisionKind.DECLINE_CASE);
        decline.setClosureNote("Сім’я впорається сама");

        refused(() -> signedIn.as("supervisor", () -> decisions.decide(item, open)), "case.decision.notNow");
        refused(() -> signedIn.as("supervisor", () -> decisions.decide(item, decline)), "case.decision.notNow");
        assertThat(fixtures.decisionsOn(item)).isZero();
        assertThat(stage(caseId)).isEqualTo("INITIAL_ASSESSMENT");

        signedIn.as("curator", () -> cases.move(caseId, testCases.version(caseId), CaseStage.DECISION, null));
        MeetingDecision done = signedIn.as("supervisor", () -> decisions.decide(item, open));
        assertThat(done.getResultRoute()).isEqualTo("case/" + caseId);
        assertThat(jdbc.queryForMap("SELECT stage, support_level, model FROM family_case WHERE id = ?", caseId))
                .containsEntry("stage", "IN_DEPTH_ASSESSMENT").containsEntry("support_level", "BASIC")
                .containsEntry("model", "BROKER");
    }

    @Test
    void a_curator_over_the_norm_is_refused_without_a_confirmation_and_assigned_with_it() {
        String username = staff.create("cur.", "Нова Кураторка", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "curator-pass-1");
        long newCurator = staff.idOf(username);
        testCases.openCaseFor(newCurator);
        signedIn.as("admin", () -> rules.caseloadNorm(CaseModel.CLINICAL, 1));
        Referral r = testCases.verifiedReferralForNewFamily();
        CaseDecision clinical = new CaseDecision(SupportLevel.CRISIS, CaseModel.CLINICAL,
                EnumSet.of(DecisionCriterion.MANY_PROBLEMS), null);
        long curator = staff.idOf("curator");
        long caseId = signedIn.as("supervisor", () -> cases.openFromReferral(r.getId(), r.getVersion(), clinical, curator, true))
                .familyCase().getId();
        Meeting m = fixtures.territorialGroup(Set.of(staff.agencyOf(AgencyType.POLICE).getId()), Set.of());
        long item = fixtures.item("supervisor", m.getId(), Topic.OTHER, caseId, "Передати випадок?");

        refusedAt(() -> signedIn.as("supervisor", () -> decisions.decide(item, details(DecisionKind.CHANGE_CURATOR))),
                CaseDecision.CURATOR, "validation.required");
        DecisionDetails change = details(DecisionKind.CHANGE_CURATOR);
        change.setCurator(newCurator);
        refusedAt(() -> signedIn.as("supervisor", () -> decisions.decide(item, change)), CaseDecision.CURATOR,
                "case.curator.overloaded");
        String otherTeam = staff.createInAnotherTeam("cur.", "Чужа Кураторка", AppRoles.CURATOR, "other-team-1");
        DecisionDetails toOtherTeam = details(DecisionKind.CHANGE_CURATOR);
        toOtherTeam.setCurator(staff.idOf(otherTeam));
        toOtherTeam.setOverloadConfirmed(true);
        refusedAt(() -> signedIn.as("supervisor", () -> decisions.decide(item, toOtherTeam)), CaseDecision.CURATOR,
                "case.curator.otherAgency");
        assertThat(fixtures.decisionsOn(item)).isZero();
        assertThat(curatorOf(caseId)).isEqualTo(curator);

        change.setOverloadConfirmed(true);
        signedIn.as("supervisor", () -> decisions.decide(item, change));
        assertThat(curatorOf(caseId)).isEqualTo(newCurator);
        assertThat(fixtures.decisionsOn(item)).isEqualTo(1);
    }

    @Test
    void the_territorial_group_opens_a_case_from_a_verified_referral_or_declines_one_by_the_referral_rules() {
        Referral toOpen = testCases.verifiedReferralForNewFamily();
        Referral toDecline = testCases.verifiedReferralForNewFamily();
        Meeting m = fixtures.territorialGroup(Set.of(staff.agencyOf(AgencyType.POLICE).getId()), Set.of());
        assertThat(signedIn.as("supervisor", () -> agenda.candidates(m.getId())))
                .anyMatch(c -> c.topic() == Topic.REFERRAL && toOpen.getId().equals(c.referralId()));
        long openItem = signedIn.as("supervisor", () -> agenda.addReferral(m.getId(), toOpen.getId(), "Відкрити випадок?")).id();
        long declineItem = signedIn.as("supervisor", () -> agenda.addReferral(m.getId(), toDecline.getId(), "Відмовити?")).id();
        assertThat(signedIn.as("supervisor", () -> agenda.candidates(m.getId())))
                .noneMatch(c -> toOpen.getId().equals(c.referralId()));

        DecisionDetails open = details(DecisionKind.OPEN_FROM_REFERRAL);
        open.setLevel(SupportLevel.CRISIS);
        open.setModel(CaseModel.INTENSIVE);
        open.setCriteria(EnumSet.of(DecisionCriterion.MANY_PROBLEMS));
        refusedAt(() -> signedIn.as("supervisor", () -> decisions.decide(openItem, open)), CaseDecision.CURATOR,
                "validation.required");
        open.setCurator(staff.idOf("curator"));
        open.setOverloadConfirmed(true);
        refused(() -> signedIn.as("supervisor", () -> decisions.decide(declineItem, details(DecisionKind.OPEN_CASE))),
                "meeting.decision.needsCase");
        MeetingDecision opened = signedIn.as("supervisor", () -> decisions.decide(openItem, open));
        assertThat(opened.getCaseId()).isNotNull();
        assertThat(opened.getResultRoute()).isEqualTo("case/" + opened.getCaseId());
        assertThat(jdbc.queryForObject("SELECT status FROM referral WHERE id = ?", String.class, toOpen.getId()))
                .isEqualTo("ACCEPTED");
        assertThat(signedIn.as("supervisor", () -> timeline.notesOf(opened.getCaseId())))
                .anyMatch(n -> n.messageKey().equals("meeting.timeline.OPEN_FROM_REFERRAL"));
        refused(() -> signedIn.as("supervisor", () -> decisions.decide(openItem, open)), "case.open.notVerified");

        DecisionDetails decline = details(DecisionKind.DECLINE_REFERRAL);
        refusedAt(() -> signedIn.as("supervisor", () -> decisions.decide(declineItem, decline)),
                DeclineDetails.DECLINE_REASON, "validation.required");
        decline.setDeclineReason("Родина вже отримує підтримку в іншій громаді");
        signedIn.as("supervisor", () -> decisions.decide(declineItem, decline));
        assertThat(jdbc.queryForObject("SELECT status FROM referral WHERE id = ?", String.class, toDecline.getId()))
                .isEqualTo("DECLINED");
        assertThat(fixtures.decisionsOn(declineItem)).isEqualTo(1);
        assertThat(signedIn.as("police", () -> reader.minutes(m.getId())).items())
                .as("a participant does not see whom a referral is about").allSatisfy(i -> {
                    assertThat(i.visibility()).isEqualTo(Minutes.Visibility.HIDDEN);
                    assertThat(i.familyName()).isNull();
                });
    }

    @Test
    void the_next_review_date_goes_through_the_cases_own_rule() {
        PlanningCase c = testPlans.caseInPlanning();
        Meeting m = fixtures.aboutCase(MeetingKind.CASE_CONFERENCE, c, Set.of());
        long item = fixtures.item("curator", m.getId(), Topic.REVIEW, c.caseId(), "Коли наступний перегляд?");
        LocalDate today = LocalDate.now(clock);
        DecisionDetails past = details(DecisionKind.NEXT_REVIEW);
        past.setDueOn(today.minusDays(1));
        refusedAt(() -> signedIn.as("curator", () -> decisions.decide(item, past)), DueDateDetails.DUE_ON, "case.due.past");
        assertThat(fixtures.decisionsOn(item)).isZero();

        DecisionDetails next = details(DecisionKind.NEXT_REVIEW);
        next.setDueOn(today.plusDays(30));
        next.setText("Перегляд через місяць");
        signedIn.as("curator", () -> decisions.decide(item, next));
        assertThat(jdbc.queryForObject("SELECT stage_due_on FROM family_case WHERE id = ?", LocalDate.class, c.caseId()))
                .isEqualTo(today.plusDays(30));
        assertThat(fixtures.decisionsOn(item)).isEqualTo(1);
    }

    @Test
    void the_closing_meeting_closes_the_case_with_its_reason_and_outcome() {
        PlanningCase c = testPlans.caseInPlanning();
        Meeting closing = fixtures.aboutCase(MeetingKind.CLOSING, c, Set.of());
        long item = fixtures.item("curator", closing.getId(), Topic.CLOSURE, c.caseId(), "Завершити випадок?");
        DecisionDetails close = details(DecisionKind.CLOSE_CASE);
        close.setClosureReason(ClosureReason.GOALS_ACHIEVED);
        close.setClosureOutcome("Ігор відвідує школу без пропусків");

        refused(() -> signedIn.as("curator", () -> decisions.decide(item, close)), "meeting.familyView.first");
        signedIn.as("curator", () -> room.recordFamilyView(closing.getId(), fixtures.meetingVersion(closing.getId()),
                "Мама: ми впоралися"));
        DecisionDetails noReason = details(DecisionKind.CLOSE_CASE);
        noReason.setClosureOutcome("Ігор відвідує школу без пропусків");
        refusedAt(() -> signedIn.as("curator", () -> decisions.decide(item, noReason)), ClosureDetails.CLOSURE_REASON,
                "validation.required");
        assertThat(fixtures.decisionsOn(item)).isZero();
        assertThat(stage(c.caseId())).isEqualTo("PLANNING");

        signedIn.as("curator", () -> decisions.decide(item, close));
        assertThat(jdbc.queryForMap("SELECT stage, is_open, closure_reason_code, closure_outcome FROM family_case WHERE id = ?",
                c.caseId())).containsEntry("stage", "CLOSURE").containsEntry("is_open", false)
                .containsEntry("closure_reason_code", "GOALS_ACHIEVED")
                .containsEntry("closure_outcome", "Ігор відвідує школу без пропусків");
        assertThat(fixtures.decisionsOn(item)).isEqualTo(1);
    }

    private static DecisionDetails details(DecisionKind kind) {
        DecisionDetails d = new DecisionDetails();
        d.setKind(kind);
        return d;
    }

    private DecisionDetails task(Long agencyId, String goalKey, String description) {
        DecisionDetails d = details(DecisionKind.ADD_TASK);
        d.setAgencyId(agencyId);
        d.setGoalKey(goalKey);
        d.setDescription(description);
        d.setDueOn(LocalDate.now(clock).plusDays(10));
        return d;
    }

    private String planStatus(long planId) {
        return jdbc.queryForObject("SELECT status FROM family_plan WHERE id = ?", String.class, planId);
    }

    private String stage(long caseId) {
        return jdbc.queryForObject("SELECT stage FROM family_case WHERE id = ?", String.class, caseId);
    }

    private long curatorOf(long caseId) {
        return jdbc.queryForObject("SELECT curator_id FROM family_case WHERE id = ?", Long.class, caseId);
    }
}
