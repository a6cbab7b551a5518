package org.consilium.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consilium.base.EditConflictException;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
import org.consilium.casefile.SharingService;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TaggedPdf;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@MariaDbTest
class PlanServiceTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanReader reader;

    @Autowired
    TaskWorkService work;

    @Autowired
    ProposalService proposals;

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CaseService cases;

    @Autowired
    SharingService sharing;

    private PlanningCase c;
    private long planId;

    @BeforeEach
    void anActivePlan() {
        c = testPlans.caseInPlanning();
        planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
    }

    private long id(String task) {
        return ((Number) testPlans.task(planId, task).get("id")).longValue();
    }

    private long version(String task) {
        return ((Number) testPlans.task(planId, task).get("version")).longValue();
    }

    private long goalId() {
        return jdbc.queryForObject("SELECT id FROM plan_goal WHERE plan_id = ?", Long.class, planId);
    }

    @Test
    void a_school_user_changes_its_own_task_and_not_a_police_task_or_a_goal() {
        String school = "Щоденно відмічати відвідування";
        String police = "Профілактична бесіда з Ігорем";
        // The school's open tasks (of every test's family) count this one, and no longer once it is done.
        long openBefore = signedIn.as("school", () -> plans.myTaskCounts()).open();
        signedIn.as("school", () -> work.reportProgress(id(school), version(school), TaskStatus.DONE, null, false));
        assertThat(jdbc.queryForObject("SELECT status FROM plan_task WHERE id = ?", String.class, id(school))).isEqualTo("DONE");
        assertThat(signedIn.as("school", () -> plans.myTaskCounts()).open()).isEqualTo(openBefore - 1);

        assertThatThrownBy(() -> signedIn.as("school", () -> work.reportProgress(id(police), version(police), TaskStatus.DONE, null, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("school", () -> work.reportProgress(id(police), version(police), null, "Бесіду проведено", false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("school", () -> plans.changeGoal(goalId(), 0, TestPlans.goal("Інша мета"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT status FROM plan_task WHERE id = ?", String.class, id(police))).isEqualTo("PLANNED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'DENIED' AND entity_type = 'plan-task' AND entity_id = ?",
                Long.class, id(police))).isEqualTo(2L);
    }

    @Test
    void status_changes_by_two_agencies_on_different_tasks_of_one_plan_both_succeed() {
        String school = "Щоденно відмічати відвідування";
        String police = "Профілактична бесіда з Ігорем";
        long schoolVersion = version(school);
        long policeVersion = version(police);
        signedIn.as("school", () -> work.reportProgress(id(school), schoolVersion, TaskStatus.IN_PROGRESS, null, false));
        signedIn.as("police", () -> work.reportProgress(id(police), policeVersion, TaskStatus.DONE, null, false));
        assertThat(jdbc.queryForList("SELECT status FROM plan_task t JOIN plan_goal g ON g.id = t.goal_id WHERE g.plan_id = ? ORDER BY t.id",
                String.class, planId)).containsExactly("PLANNED", "IN_PROGRESS", "DONE");
    }

    @Test
    void a_family_member_sees_only_the_agreed_version_of_their_own_familys_plan_and_no_internal_note() {
        String school = "Щоденно відмічати відвідування";
        String mother = "Будити Ігоря о 7:00";
        signedIn.as("school", () -> work.reportProgress(id(school), version(school), null, "Мама не відповідає на дзвінки", true));
        signedIn.as("curator", () -> work.reportProgress(id(mother), version(mother), null, "Внутрішня оцінка мотивації", true));
        signedIn.as("curator", () -> work.reportProgress(id(mother), version(mother), null, "Мама купила будильник", false));
        long revision = signedIn.as("curator", () -> plans.revise(planId, testPlans.planVersion(planId)).getId());

        PlanOverview overview = signedIn.as(c.familyUser(), () -> reader.overview(c.caseId()));
        assertThat(overview.versions()).extracting(PlanOverview.Version::planId).containsExactly(planId);
        assertThat(signedIn.as(c.familyUser(), () -> reader.sheet(revision))).isEmpty();
        PlanSheet seen = signedIn.as(c.familyUser(), () -> reader.sheet(planId)).orElseThrow();
        assertThat(seen.tasks()).flatExtracting(PlanSheet.Task::notes).extracting(PlanSheet.Note::text)
                .containsExactly("Мама купила будильник");
        assertThat(seen.tasks()).filteredOn(t -> t.description().equals(mother)).first()
                .satisfies(t -> assertThat(t.statusChoices()).contains(TaskStatus.DONE));
        assertThat(seen.tasks()).filteredOn(t -> t.description().equals(school)).first()
                .satisfies(t -> assertThat(t.statusChoices()).isEmpty());

        // The police read the school's internal note no more than the family; the curator reads all.
        PlanSheet police = signedIn.as("police", () -> reader.sheet(planId)).orElseThrow();
        assertThat(police.tasks()).flatExtracting(PlanSheet.Task::notes).extracting(PlanSheet.Note::text)
                .containsExactly("Мама купила будильник");
        assertThat(signedIn.as("police", () -> reader.sheet(revision))).isEmpty();
        PlanSheet curator = signedIn.as("curator", () -> reader.sheet(planId)).orElseThrow();
        assertThat(curator.tasks()).flatExtracting(PlanSheet.Task::notes).hasSize(3);

        // Another family's member sees nothing of it.
        assertThatThrownBy(() -> signedIn.as("family", () -> reader.overview(c.caseId()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_family_member_marks_their_own_task_done_and_not_a_specialists() {
        String mother = "Будити Ігоря о 7:00";
        String school = "Щоденно відмічати відвідування";
        assertThat(signedIn.as(c.familyUser(), () -> plans.myFamilyTaskCounts())).isEqualTo(new PlanService.TaskCounts(1, 0));
        signedIn.as(c.familyUser(), () -> work.reportProgress(id(mother), version(mother), TaskStatus.DONE, "Будимо щодня", true));
        assertThat(signedIn.as(c.familyUser(), () -> plans.myFamilyTaskCounts())).isEqualTo(new PlanService.TaskCounts(0, 0));
        assertThat(jdbc.queryForMap("SELECT status FROM plan_task WHERE id = ?", id(mother))).containsEntry("status", "DONE");
        assertThat(jdbc.queryForObject("SELECT internal FROM plan_task_note WHERE author = ?", Boolean.class, c.familyUser())).isFalse();
        // The note is in the audit log as a change of the family's file, by the family member.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE entity_type = 'TaskNote' AND username = ? AND case_id = ?",
                Long.class, c.familyUser(), c.caseId())).isEqualTo(1L);
        assertThatThrownBy(() -> signedIn.as(c.familyUser(), () -> work.reportProgress(id(school), version(school), TaskStatus.DONE, null, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_second_of_two_saves_of_the_same_goal_is_refused_with_the_winners_name() {
        long goal = goalId();
        long v0 = jdbc.queryForObject("SELECT version FROM plan_goal WHERE id = ?", Long.class, goal);
        long draft = signedIn.as("curator", () -> plans.revise(planId, testPlans.planVersion(planId)).getId());
        long draftGoal = jdbc.queryForObject("SELECT id FROM plan_goal WHERE plan_id = ?", Long.class, draft);
        long dv = jdbc.queryForObject("SELECT version FROM plan_goal WHERE id = ?", Long.class, draftGoal);
        assertThat(v0).isNotNegative();

        // Two transactions at once: the curator's holds its change until the supervisor's save has begun.
        CountDownLatch curatorWrote = new CountDownLatch(1);
        CompletableFuture<Throwable> supervisor = CompletableFuture.supplyAsync(() -> {
            try {
                curatorWrote.await(30, TimeUnit.SECONDS);
                signedIn.as("supervisor", () -> plans.changeGoal(draftGoal, dv, TestPlans.goal("Ігор ходить до школи щодня й вчасно")));
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        transactions.executeWithoutResult(status -> {
            signedIn.as("curator", () -> plans.changeGoal(draftGoal, dv, TestPlans.goal("Ігор щодня відвідує школу й гурток")));
            curatorWrote.countDown();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Throwable lost = supervisor.join();
        assertThat(lost).isInstanceOf(EditConflictException.class);
        assertThat(((EditConflictException) lost).getChangedBy()).isEqualTo("Ірина Коваль");
        assertThat(jdbc.queryForObject("SELECT statement FROM plan_goal WHERE id = ?", String.class, draftGoal))
                .isEqualTo("Ігор щодня відвідує школу й гурток");

        // The same when the loser opened the form before the winner saved and saves after.
        long now = jdbc.queryForObject("SELECT version FROM plan_goal WHERE id = ?", Long.class, draftGoal);
        assertThat(now).isGreaterThan(dv);
        assertThatThrownBy(() -> signedIn.as("supervisor", () -> plans.changeGoal(draftGoal, dv, TestPlans.goal("Ще інакше"))))
                .isInstanceOf(EditConflictException.class).hasFieldOrPropertyWithValue("changedBy", "Ірина Коваль");
    }

    @Test
    void a_partner_proposes_a_task_and_the_curator_accepts_it_into_the_plan_being_worked() {
        String goalKey = jdbc.queryForObject("SELECT item_key FROM plan_goal WHERE plan_id = ?", String.class, planId);
        TaskProposal p = signedIn.as("school", () -> proposals.propose(c.caseId(), goalKey, "Консультація шкільного психолога",
                LocalDate.now().plusDays(10)));
        assertThatThrownBy(() -> signedIn.as("school", () -> proposals.acceptProposal(p.getId(), p.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("curator", () -> proposals.acceptProposal(p.getId(), p.getVersion()));
        Map<String, Object> task = testPlans.task(planId, "Консультація шкільного психолога");
        assertThat(task).isNotNull();
        assertThat(signedIn.as("school", () -> plans.myTasks())).extracting(MyTask::description)
                .contains("Щоденно відмічати відвідування", "Консультація шкільного психолога");
    }

    @Test
    void plan_work_stops_when_the_case_leaves_planning_implementation_and_review() {
        signedIn.as("curator", () -> plans.complete(planId, testPlans.planVersion(planId)));
        long caseVersion = jdbc.queryForObject("SELECT version FROM family_case WHERE id = ?", Long.class, c.caseId());
        signedIn.as("curator", () -> cases.close(c.caseId(), caseVersion,
                ClosureDetails.of(ClosureReason.GOALS_ACHIEVED, "", "Ігор відвідує школу")));
        assertThatThrownBy(() -> signedIn.as("curator", () -> plans.startPlan(c.caseId(), LocalDate.now(), LocalDate.now().plusMonths(3))))
                .hasFieldOrPropertyWithValue("messageKey", "plan.stageNotAllowed");
    }

    @Test
    void the_plan_prints_as_a_pdf_whose_text_holds_the_goals_in_ukrainian_in_the_familys_words_for_the_family()
            throws Exception {
        byte[] pdf = signedIn.as(c.familyUser(), () -> reader.pdf(planId, Locale.forLanguageTag("uk")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("План сім’ї: Савченко", "Мета 1. Ігор щодня відвідує школу", "Будити Ігоря о 7:00",
                    "Що робите ви", "Хто вам допомагає і як", "Член сім’ї:", "Ваш соціальний працівник: Ірина Коваль",
                    "Як ми побачимо, що мети досягнуто", "Соціальний працівник: Ірина Коваль")
                    .doesNotContain("Кейс-менеджер", "Критерій досягнення");
        }
        TaggedPdf tagged = TaggedPdf.read(pdf).assertTagged("uk", "План сім’ї: Савченко", "План сім’ї: Савченко");
        assertThat(tagged.reading()).containsSubsequence("H1: План сім’ї: Савченко", "H2: Мета 1. Ігор щодня відвідує школу",
                "TH: Що робите ви", "TH: Хто вам допомагає і як");
        try (PDDocument doc = Loader.loadPDF(signedIn.as("curator", () -> reader.pdf(planId, Locale.forLanguageTag("uk"))))) {
            assertThat(new PDFTextStripper().getText(doc)).as("the curator's copy keeps the professional words")
                    .contains("Що робить сім’я", "Що роблять фахівці", "Кейс-менеджер: Ірина Коваль", "Критерій досягнення");
        }
        assertThat(tagged.outline).as("the tasks are a table of two lists").contains("Table[TR[TH, TH], TR[TD[L[LI[LBody]");
        assertThat(tagged.texts("LBody")).anySatisfy(task -> assertThat(task).startsWith("• Будити Ігоря о 7:00"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'EXPORT' AND detail = ?",
                Long.class, "plan " + planId)).isEqualTo(2L);
        assertThat(TaggedPdf.read(signedIn.as(c.familyUser(), () -> reader.pdf(planId, Locale.ENGLISH))).language).isEqualTo("en");
    }

    @Test
    void my_tasks_leave_out_a_family_whose_consent_was_withdrawn() {
        assertThat(signedIn.as("school", () -> plans.myTasks())).extracting(MyTask::caseId).contains(c.caseId());
        Map<String, Object> consent = jdbc.queryForMap("SELECT id, version FROM family_consent WHERE family_id = ?", c.familyId());
        signedIn.as("curator", () -> sharing.withdrawConsent(c.caseId(), ((Number) consent.get("id")).longValue(),
                ((Number) consent.get("version")).longValue(), LocalDate.now()));
        assertThat(signedIn.as("school", () -> plans.myTasks())).extracting(MyTask::caseId).doesNotContain(c.caseId());
        assertThatThrownBy(() -> signedIn.as("school", () -> reader.overview(c.caseId()))).isInstanceOf(AccessDeniedException.class);
    }
}
