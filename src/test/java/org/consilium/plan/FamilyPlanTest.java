package org.consilium.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.consilium.account.UserAccount;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.casefile.CaseOperation;
import org.consilium.family.Family;
import org.consilium.family.FamilyDetails;
import org.consilium.family.MemberDetails;
import org.consilium.family.Relation;
import org.consilium.family.Sex;
import org.consilium.referral.ProblemArea;
import org.consilium.security.AppRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class FamilyPlanTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-02");
    private static final long FAMILY_ID = 5L;

    private final Agency school = agency(11L, "SCH", AgencyType.SCHOOL);
    private final Agency police = agency(12L, "POL", AgencyType.POLICE);
    private Family family;
    private FamilyPlan plan;

    private static Agency agency(long id, String code, AgencyType type) {
        Agency a = new Agency(new AgencyDetails(code, code + " agency", type, ""));
        ReflectionTestUtils.setField(a, "id", id);
        return a;
    }

    @BeforeEach
    void aDraft() {
        FamilyDetails d = new FamilyDetails();
        MemberDetails mother = new MemberDetails();
        mother.setLastName("Коваленко");
        mother.setFirstName("Марія");
        mother.setBirthDate(LocalDate.parse("1990-03-01"));
        mother.setSex(Sex.FEMALE);
        mother.setRelation(Relation.MOTHER);
        d.setMembers(List.of(mother));
        family = Family.register(d, TODAY);
        ReflectionTestUtils.setField(family, "id", FAMILY_ID);
        plan = FamilyPlan.draft(1L, FAMILY_ID, 1, TODAY, TODAY.plusMonths(6), T0, "curator");
    }

    private GoalDetails goal(String statement, LocalDate deadline) {
        GoalDetails g = new GoalDetails();
        g.setProblemArea(ProblemArea.PEDAGOGICAL);
        g.setStatement(statement);
        g.setCriterion("Не більше 2 пропусків на місяць");
        g.setDeadline(deadline);
        return g;
    }

    /** A task of the column; who is responsible comes with the parties it is added with. */
    private static TaskDetails task(TaskSide side, String text, LocalDate due) {
        TaskDetails t = new TaskDetails();
        t.setSide(side);
        t.setDescription(text);
        t.setDueOn(due);
        return t;
    }

    private TaskParties mother() {
        return new TaskParties(family.getMembers().getFirst(), null, null);
    }

    private PlanGoal aGoalWithTasks() {
        PlanGoal g = plan.addGoal(goal("Ярина щодня відвідує школу", TODAY.plusMonths(3)));
        plan.addTask(g, mother(), task(TaskSide.FAMILY, "Будити Ярину о 7:00", TODAY.plusDays(7)));
        plan.addTask(g, new TaskParties(null, school, null), task(TaskSide.SPECIALIST, "Щоденно відмічати відвідування", TODAY.plusDays(14)));
        return g;
    }

    private void agreedApprovedActive() {
        plan.offer(T0);
        plan.acknowledge("Коваленко Марія", T0, "family");
        plan.approve(T0, "supervisor");
        plan.activate(T0, null);
    }

    @Test
    void the_plan_goes_from_draft_through_agreement_and_approval_to_active_and_completed() {
        aGoalWithTasks();
        assertThat(plan.isEditable()).isTrue();
        plan.offer(T0);
        assertThat(plan.isOffered()).isTrue();
        assertThatThrownBy(() -> plan.addGoal(goal("Інша мета", TODAY.plusMonths(1))))
                .hasFieldOrPropertyWithValue("messageKey", "plan.offeredTakeBack");
        assertThatThrownBy(() -> plan.approve(T0, "supervisor")).hasFieldOrPropertyWithValue("messageKey", "plan.illegalStep");
        plan.acknowledge("Коваленко Марія", T0, "family");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.AGREED);
        assertThat(plan.getAgreement()).isEqualTo(Agreement.PORTAL);
        assertThatThrownBy(() -> plan.activate(T0, null)).hasFieldOrPropertyWithValue("messageKey", "plan.illegalStep");
        plan.approve(T0, "supervisor");
        plan.activate(T0, null);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
        plan.complete(T0);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.COMPLETED);
    }

    @Test
    void a_signature_on_paper_agrees_the_draft_and_a_returned_plan_must_be_agreed_again() {
        aGoalWithTasks();
        assertThatThrownBy(() -> plan.recordSignature("Коваленко Марія", TODAY.plusDays(1), T0, "curator", TODAY))
                .hasFieldOrPropertyWithValue("field", Optional.of("signedOn"));
        plan.recordSignature("Коваленко Марія", TODAY, T0, "curator", TODAY);
        assertThat(plan.getAgreement()).isEqualTo(Agreement.PAPER);
        assertThat(plan.getSignedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> plan.returnToDraft(" ")).hasFieldOrPropertyWithValue("field", Optional.of("reason"));
        plan.returnToDraft("Мама просить перенести строки");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.getAgreement()).isNull();
        assertThat(plan.isEditable()).isTrue();
    }

    @Test
    void the_family_cannot_be_asked_to_agree_to_an_empty_plan_or_a_goal_without_tasks() {
        assertThatThrownBy(() -> plan.offer(T0)).hasFieldOrPropertyWithValue("messageKey", "plan.incomplete.noGoals");
        plan.addGoal(goal("Ярина щодня відвідує школу", TODAY.plusMonths(3)));
        assertThatThrownBy(() -> plan.offer(T0)).hasFieldOrPropertyWithValue("messageKey", "plan.incomplete.goalWithoutTasks");
    }

    @Test
    void a_goal_needs_a_criterion_and_a_deadline_within_the_plan() {
        GoalDetails noCriterion = goal("Ярина щодня відвідує школу", TODAY.plusMonths(3));
        noCriterion.setCriterion("  ");
        assertThatThrownBy(() -> plan.addGoal(noCriterion)).hasFieldOrPropertyWithValue("field", Optional.of("criterion"));
        assertThatThrownBy(() -> plan.addGoal(goal("Ярина щодня відвідує школу", null)))
                .hasFieldOrPropertyWithValue("field", Optional.of("deadline"));
        assertThatThrownBy(() -> plan.addGoal(goal("Ярина щодня відвідує школу", TODAY.plusMonths(7))))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "plan.date.afterEnd")
                .hasFieldOrPropertyWithValue("field", Optional.of("deadline"));
        assertThat(plan.getGoals()).isEmpty();
    }

    @Test
    void a_task_names_a_member_of_the_family_or_an_agency_and_a_user_of_that_agency() {
        PlanGoal g = plan.addGoal(goal("Ярина щодня відвідує школу", TODAY.plusMonths(3)));
        assertThatThrownBy(() -> plan.addTask(g, new TaskParties(null, null, null), task(TaskSide.FAMILY, "Будити", TODAY)))
                .hasFieldOrPropertyWithValue("field", Optional.of(TaskDetails.MEMBER));
        assertThatThrownBy(() -> plan.addTask(g, new TaskParties(null, null, null), task(TaskSide.SPECIALIST, "Відмічати", TODAY)))
                .hasFieldOrPropertyWithValue("field", Optional.of(TaskDetails.AGENCY));
        UserAccount officer = new UserAccount("police", "Інспектор");
        officer.assign(Set.of(AppRoles.POLICE), police, null);
        assertThatThrownBy(() -> plan.addTask(g, new TaskParties(null, school, officer), task(TaskSide.SPECIALIST, "Відмічати", TODAY)))
                .hasFieldOrPropertyWithValue("field", Optional.of(TaskDetails.USER));
        assertThat(g.getTasks()).isEmpty();
    }

    @Test
    void tasks_are_worked_only_while_the_plan_is_active_and_are_overdue_while_open_past_due() {
        PlanGoal g = aGoalWithTasks();
        PlanTask wake = g.getTasks().getFirst();
        assertThatThrownBy(() -> wake.changeStatus(TaskStatus.DONE, T0, "family"))
                .hasFieldOrPropertyWithValue("messageKey", "plan.task.notActive");
        agreedApprovedActive();
        assertThat(wake.isOverdue(TODAY.plusDays(7))).isFalse();
        assertThat(wake.isOverdue(TODAY.plusDays(8))).isTrue();
        wake.changeStatus(TaskStatus.DONE, T0, "family");
        assertThat(wake.isOverdue(TODAY.plusDays(8))).isFalse();
        assertThatThrownBy(() -> wake.changeStatus(TaskStatus.DONE, T0, "family"))
                .hasFieldOrPropertyWithValue("messageKey", "plan.task.sameStatus");
    }

    @Test
    void a_revision_copies_the_active_plan_and_the_comparison_names_what_changed() {
        PlanGoal g = aGoalWithTasks();
        agreedApprovedActive();
        ReflectionTestUtils.setField(plan, "id", 1L);
        FamilyPlan revision = plan.revise(2, T0.plusSeconds(60), "curator");
        assertThat(revision.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(revision.getRevisedFromId()).isEqualTo(1L);
        assertThat(revision.getGoals()).extracting(PlanGoal::getKey).containsExactly(g.getKey());
        assertThat(revision.tasks()).extracting(PlanTask::getKey)
                .containsExactlyElementsOf(plan.tasks().stream().map(PlanTask::getKey).toList());
        assertThat(PlanComparison.between(plan, revision)).isEmpty();

        PlanGoal copied = revision.getGoals().getFirst();
        GoalDetails changed = GoalDetails.of(copied);
        changed.setCriterion("Жодного пропуску без причини");
        revision.changeGoal(copied, changed);
        revision.removeTask(copied.getTasks().get(1));
        revision.addTask(copied, mother(), task(TaskSide.FAMILY, "Перевіряти щоденник", TODAY.plusDays(20)));
        PlanGoal added = revision.addGoal(goal("Сім’я сплачує комунальні послуги вчасно", TODAY.plusMonths(5)));

        List<PlanComparison.Change> changes = PlanComparison.between(plan, revision);
        assertThat(changes).extracting(PlanComparison.Change::item, PlanComparison.Change::kind, PlanComparison.Change::text)
                .containsExactly(
                        Tuple.tuple(PlanComparison.Item.GOAL, PlanComparison.Kind.CHANGED, "Ярина щодня відвідує школу"),
                        Tuple.tuple(PlanComparison.Item.TASK, PlanComparison.Kind.ADDED, "Перевіряти щоденник"),
                        Tuple.tuple(PlanComparison.Item.GOAL, PlanComparison.Kind.ADDED, added.getStatement()),
                        Tuple.tuple(PlanComparison.Item.TASK, PlanComparison.Kind.REMOVED, "Щоденно відмічати відвідування"));
        assertThat(changes.getFirst().fields()).containsExactly("plan.goal.criterion");
        // The old version is untouched and stays in force until the revision starts.
        assertThat(plan.getGoals().getFirst().getCriterion()).isEqualTo("Не більше 2 пропусків на місяць");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void a_revision_in_force_replaces_the_old_version_and_keeps_the_progress_made_meanwhile() {
        aGoalWithTasks();
        agreedApprovedActive();
        ReflectionTestUtils.setField(plan, "id", 1L);
        FamilyPlan revision = plan.revise(2, T0.plusSeconds(60), "curator");
        plan.tasks().getFirst().changeStatus(TaskStatus.DONE, T0.plusSeconds(120), "family");
        revision.offer(T0);
        revision.acknowledge("Коваленко Марія", T0, "family");
        revision.approve(T0, "supervisor");
        revision.activate(T0.plusSeconds(180), plan);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.REPLACED);
        assertThat(revision.getStatus()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(revision.tasks().getFirst().getStatus()).isEqualTo(TaskStatus.DONE);
        assertThatThrownBy(() -> plan.revise(3, T0, "curator")).hasFieldOrPropertyWithValue("messageKey", "plan.revise.onlyActive");
    }

    @Test
    void more_than_three_family_tasks_due_in_one_week_overload_the_family() {
        PlanGoal g = plan.addGoal(goal("Ярина щодня відвідує школу", TODAY.plusMonths(3)));
        LocalDate monday = LocalDate.parse("2026-11-09");
        for (int i = 0; i < 3; i++) {
            plan.addTask(g, mother(), task(TaskSide.FAMILY, "Завдання " + i, monday.plusDays(i)));
        }
        assertThat(plan.familyOverload()).isEmpty();
        plan.addTask(g, new TaskParties(null, school, null), task(TaskSide.SPECIALIST, "Школа", monday.plusDays(1)));
        assertThat(plan.familyOverload()).isEmpty();
        plan.addTask(g, mother(), task(TaskSide.FAMILY, "Ще одне", monday.plusDays(6)));
        assertThat(plan.familyOverload()).containsExactly(Map.entry(monday, 4));
    }

    @Test
    void a_period_cannot_end_before_it_starts_or_before_a_goal_is_due() {
        assertThatThrownBy(() -> FamilyPlan.draft(1L, FAMILY_ID, 1, TODAY, TODAY, T0, "c"))
                .hasFieldOrPropertyWithValue("messageKey", "plan.period.endBeforeStart");
        aGoalWithTasks();
        assertThatThrownBy(() -> plan.changePeriod(TODAY, TODAY.plusMonths(1)))
                .hasFieldOrPropertyWithValue("messageKey", "plan.period.goalAfterEnd");
    }

    @Test
    void a_note_marked_internal_is_read_only_by_its_own_agency_and_a_familys_note_is_never_internal() {
        TaskNote internal = new TaskNote(1L, "k", T0, "school", "Вчителька", 11L, false, true, "Мама не відповідає");
        assertThat(readable(internal, new PlanPermissions.Reader(Set.of(CaseOperation.READ_SHARED), 11L))).isTrue();
        assertThat(readable(internal, new PlanPermissions.Reader(Set.of(CaseOperation.READ_SHARED), 12L))).isFalse();
        assertThat(readable(internal, new PlanPermissions.Reader(Set.of(CaseOperation.READ_FAMILY_VIEW), null))).isFalse();
        TaskNote family = new TaskNote(1L, "k", T0, "family", "Марія", null, true, true, "Зробила");
        assertThat(family.isInternal()).isFalse();
    }

    private static boolean readable(TaskNote note, PlanPermissions.Reader reader) {
        return reader.mayReadNote(TaskSide.SPECIALIST, note.isInternal(), note.getAuthorAgencyId());
    }
}
