package org.consilium.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consilium.casefile.CaseOperation;
import org.consilium.plan.PlanPermissions.Audience;
import org.consilium.plan.PlanPermissions.Reader;
import org.consilium.plan.PlanPermissions.Task;
import org.consilium.plan.PlanPermissions.Version;
import org.consilium.plan.PlanSheet.Action;
import org.junit.jupiter.api.Test;

/**
 * The plan's permissions as a plain rule check: reader × state of the plan → what they may do, and
 * reader × task → which statuses they may set. {@code PlanServiceTest} and {@code PlanViewTest} check
 * the same through the services and the page with real records.
 */
class PlanPermissionsTest {

    private static final long SCHOOL = 10, POLICE = 11;

    /** What the case's access policy grants each kind of reader (see {@code CaseAccessPolicyTest}). */
    private static final Map<String, Reader> READERS = new LinkedHashMap<>();

    static {
        READERS.put("own curator", new Reader(EnumSet.of(CaseOperation.READ_CASE, CaseOperation.READ_INTERNAL,
                CaseOperation.EDIT_CASE, CaseOperation.MANAGE_SHARING), 1L));
        READERS.put("team curator", new Reader(EnumSet.of(CaseOperation.READ_CASE, CaseOperation.READ_INTERNAL), 1L));
        READERS.put("supervisor", new Reader(EnumSet.of(CaseOperation.READ_CASE, CaseOperation.READ_INTERNAL,
                CaseOperation.EDIT_CASE, CaseOperation.DECIDE, CaseOperation.MANAGE_SHARING), 1L));
        READERS.put("school taking part", new Reader(EnumSet.of(CaseOperation.READ_SHARED), SCHOOL));
        READERS.put("family", new Reader(EnumSet.of(CaseOperation.READ_FAMILY_VIEW), null));
    }

    private static final Map<String, Version> VERSIONS = new LinkedHashMap<>();

    static {
        VERSIONS.put("draft", new Version(PlanStatus.DRAFT, false, true, true));
        VERSIONS.put("draft on offer", new Version(PlanStatus.DRAFT, true, true, true));
        VERSIONS.put("agreed", new Version(PlanStatus.AGREED, false, true, true));
        VERSIONS.put("approved", new Version(PlanStatus.APPROVED, false, true, true));
        VERSIONS.put("in force", new Version(PlanStatus.ACTIVE, false, true, true));
        VERSIONS.put("in force, revision drafted", new Version(PlanStatus.ACTIVE, false, false, true));
        VERSIONS.put("completed", new Version(PlanStatus.COMPLETED, false, true, true));
        VERSIONS.put("replaced", new Version(PlanStatus.REPLACED, false, false, true));
        VERSIONS.put("in force, case closed", new Version(PlanStatus.ACTIVE, false, true, false));
        VERSIONS.put("draft, case closed", new Version(PlanStatus.DRAFT, false, true, false));
    }

    private static final Map<String, Task> TASKS = new LinkedHashMap<>();

    static {
        TASKS.put("the family's task", new Task(TaskSide.FAMILY, null));
        TASKS.put("the school's task", new Task(TaskSide.SPECIALIST, SCHOOL));
        TASKS.put("the police's task", new Task(TaskSide.SPECIALIST, POLICE));
    }

    /** Each reader, in each state of the plan, and exactly what they may do; every pair not listed: nothing. */
    private static Map<String, Set<Action>> actionMatrix() {
        Map<String, Set<Action>> m = new LinkedHashMap<>();
        for (String editor : List.of("own curator", "supervisor")) {
            m.put(editor + " / draft", EnumSet.of(Action.EDIT, Action.OFFER, Action.RECORD_SIGNATURE));
            m.put(editor + " / draft on offer", EnumSet.of(Action.TAKE_BACK, Action.RECORD_SIGNATURE));
            m.put(editor + " / agreed", EnumSet.of(Action.RETURN_TO_DRAFT));
            m.put(editor + " / approved", EnumSet.of(Action.ACTIVATE, Action.RETURN_TO_DRAFT));
            m.put(editor + " / in force", EnumSet.of(Action.COMPLETE, Action.RATE, Action.REVISE));
            m.put(editor + " / in force, revision drafted", EnumSet.of(Action.COMPLETE, Action.RATE));
        }
        m.put("supervisor / agreed", EnumSet.of(Action.APPROVE, Action.RETURN_TO_DRAFT));
        m.put("school taking part / in force", EnumSet.of(Action.PROPOSE_TASK));
        m.put("school taking part / in force, revision drafted", EnumSet.of(Action.PROPOSE_TASK));
        m.put("family / draft on offer", EnumSet.of(Action.ACKNOWLEDGE));
        return m;
    }

    /** Each reader, on each task of the plan in force, and exactly the statuses they may set; not listed: none. */
    private static Map<String, Set<TaskStatus>> taskMatrix() {
        Map<String, Set<TaskStatus>> m = new LinkedHashMap<>();
        for (String editor : List.of("own curator", "supervisor")) {
            for (String task : TASKS.keySet()) {
                m.put(editor + " / " + task, EnumSet.allOf(TaskStatus.class));
            }
        }
        m.put("school taking part / the school's task", TaskStatus.PARTNER_CHOICES);
        m.put("family / the family's task", TaskStatus.FAMILY_CHOICES);
        return m;
    }

    private static List<String> mismatches(PlanPermissions permissions) {
        List<String> wrong = new ArrayList<>();
        Map<String, Set<Action>> actions = actionMatrix();
        Map<String, Set<TaskStatus>> statuses = taskMatrix();
        READERS.forEach((who, reader) -> VERSIONS.forEach((state, version) -> {
            String cell = who + " / " + state;
            Set<Action> actual = permissions.actions(reader, version);
            if (!actual.equals(actions.getOrDefault(cell, Set.of()))) {
                wrong.add(cell + ": " + actual);
            }
            TASKS.forEach((task, t) -> {
                Set<TaskStatus> expected = state.equals("in force") || state.equals("in force, revision drafted")
                        ? statuses.getOrDefault(who + " / " + task, Set.of()) : Set.of();
                Set<TaskStatus> choices = permissions.statusChoices(reader, version, t);
                if (!choices.equals(expected)) {
                    wrong.add(cell + " / " + task + ": " + choices);
                }
            });
        }));
        return wrong;
    }

    @Test
    void every_reader_may_do_exactly_what_the_matrix_says_with_each_version_and_task() {
        assertThat(mismatches(PlanPermissions.standard())).isEmpty();
    }

    @Test
    void removing_any_single_rule_breaks_the_matrix() {
        for (int i = 0; i < PlanPermissions.RULES.size(); i++) {
            List<PlanPermissions.Rule> without = new ArrayList<>(PlanPermissions.RULES);
            PlanPermissions.Rule removed = without.remove(i);
            assertThat(mismatches(new PlanPermissions(without, PlanPermissions.TASK_RULES)))
                    .as("without the rule: " + removed.name()).isNotEmpty();
        }
        for (int i = 0; i < PlanPermissions.TASK_RULES.size(); i++) {
            List<PlanPermissions.TaskRule> without = new ArrayList<>(PlanPermissions.TASK_RULES);
            PlanPermissions.TaskRule removed = without.remove(i);
            assertThat(mismatches(new PlanPermissions(PlanPermissions.RULES, without)))
                    .as("without the rule: " + removed.name()).isNotEmpty();
        }
    }

    @Test
    void staff_read_every_version_partners_the_agreed_ones_and_the_family_those_and_the_draft_offered_to_it() {
        Reader staff = READERS.get("team curator");
        Reader school = READERS.get("school taking part");
        Reader family = READERS.get("family");
        assertThat(List.of(staff.audience(), school.audience(), family.audience()))
                .containsExactly(Audience.STAFF, Audience.PARTNER, Audience.FAMILY);
        for (PlanStatus status : PlanStatus.values()) {
            boolean agreed = PlanStatus.AGREED_OR_LATER.contains(status);
            assertThat(staff.mayRead(status, false)).as("staff, " + status).isTrue();
            assertThat(school.mayRead(status, false)).as("school, " + status).isEqualTo(agreed);
            assertThat(family.mayRead(status, false)).as("family, " + status).isEqualTo(agreed);
        }
        assertThat(school.mayRead(PlanStatus.DRAFT, true)).isFalse();
        assertThat(family.mayRead(PlanStatus.DRAFT, true)).isTrue();
    }

    @Test
    void an_internal_note_is_read_by_staff_and_its_own_agency_and_the_family_reads_only_its_own_columns_notes() {
        Reader staff = READERS.get("team curator");
        Reader school = READERS.get("school taking part");
        Reader police = new Reader(EnumSet.of(CaseOperation.READ_SHARED), POLICE);
        Reader family = READERS.get("family");
        assertThat(staff.mayReadNote(TaskSide.SPECIALIST, true, SCHOOL)).isTrue();
        assertThat(school.mayReadNote(TaskSide.SPECIALIST, true, SCHOOL)).isTrue();
        assertThat(police.mayReadNote(TaskSide.SPECIALIST, true, SCHOOL)).isFalse();
        assertThat(police.mayReadNote(TaskSide.SPECIALIST, false, SCHOOL)).isTrue();
        assertThat(family.mayReadNote(TaskSide.FAMILY, false, null)).isTrue();
        assertThat(family.mayReadNote(TaskSide.FAMILY, true, null)).isFalse();
        assertThat(family.mayReadNote(TaskSide.SPECIALIST, false, SCHOOL)).isFalse();
    }

    @Test
    void staff_read_and_the_case_editors_decide_every_proposal_and_a_partner_reads_only_its_own() {
        assertThat(READERS.get("team curator").mayReadProposalOf(POLICE)).isTrue();
        assertThat(READERS.get("school taking part").mayReadProposalOf(SCHOOL)).isTrue();
        assertThat(READERS.get("school taking part").mayReadProposalOf(POLICE)).isFalse();
        assertThat(READERS.get("family").mayReadProposalOf(SCHOOL)).isFalse();
        assertThat(READERS.entrySet().stream().filter(e -> e.getValue().mayDecideProposals()).map(Map.Entry::getKey))
                .containsExactly("own curator", "supervisor");
    }
}
