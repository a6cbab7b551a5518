package org.consilium.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.consilium.casefile.CaseOperation;
import org.consilium.plan.PlanSheet.Action;

/**
 * Who may do what with a case's plan (decision 0014), on top of what the case's access policy grants
 * the reader: which versions and notes they read, what they may do with a version, and which statuses
 * they may set on a task. Each rule grants something to one kind of reader in one state of the plan;
 * what no rule grants is refused. Outside the stages of plan work (planning, implementation, review)
 * nothing is granted but reading.
 */
public final class PlanPermissions {

    /** How a reader relates to a case's plan, from what the case's access policy grants them. */
    public enum Audience {
        STAFF, PARTNER, FAMILY;

        static Audience of(Set<CaseOperation> operations) {
            if (operations.contains(CaseOperation.READ_INTERNAL)) {
                return STAFF;
            }
            return operations.contains(CaseOperation.READ_SHARED) ? PARTNER : FAMILY;
        }
    }

    /** The reader as the rules see them: what the case's policy grants them, and their agency (if any). */
    public record Reader(Set<CaseOperation> operations, Long agencyId) {

        public Reader {
            operations = Set.copyOf(operations);
        }

        public Audience audience() {
            return Audience.of(operations);
        }

        boolean may(CaseOperation operation) {
            return operations.contains(operation);
        }

        /** Staff read every version; partners the agreed ones; the family those too, and the draft offered to them. */
        public boolean mayRead(PlanStatus status, boolean offered) {
            return switch (audience()) {
                case STAFF -> true;
                case PARTNER -> PlanStatus.AGREED_OR_LATER.contains(status);
                case FAMILY -> PlanStatus.AGREED_OR_LATER.contains(status) || offered;
            };
        }

        /**
         * Staff read every note; a partner agency those not internal and its own; the family those not
         * internal, on the tasks of its own column.
         */
        public boolean mayReadNote(TaskSide taskSide, boolean internal, Long authorAgencyId) {
            return switch (audience()) {
                case STAFF -> true;
                case PARTNER -> !internal || (agencyId != null && agencyId.equals(authorAgencyId));
                case FAMILY -> !internal && taskSide == TaskSide.FAMILY;
            };
        }

        /** Staff read every agency's proposals; a partner agency its own; the family none. */
        public boolean mayReadProposalOf(long proposingAgencyId) {
            return switch (audience()) {
                case STAFF -> true;
                case PARTNER -> agencyId != null && agencyId == proposingAgencyId;
                case FAMILY -> false;
            };
        }

        /** Social services who may edit the case accept or reject partners' proposals. */
        public boolean mayDecideProposals() {
            return audience() == Audience.STAFF && may(CaseOperation.EDIT_CASE);
        }
    }

    /** A version of the plan as the rules see it. */
    public record Version(PlanStatus status, boolean offered, boolean latest, boolean stageAllowsWork) {
    }

    /** A task as the rules see it: its column and, in the specialists' column, its agency. */
    public record Task(TaskSide side, Long agencyId) {
    }

    /** What a kind of reader may do with a version in some state. */
    public record Rule(String name, BiPredicate<Reader, Version> applies, Set<Action> grants) {
    }

    /** Which statuses a kind of reader may set on a task of the plan being worked. */
    public record TaskRule(String name, BiPredicate<Reader, Task> applies, Set<TaskStatus> grants) {
    }

    /** What readers may do with a version. */
    public static final List<Rule> RULES = List.of(
            new Rule("the curator writes a draft that is not on offer",
                    (r, v) -> r.may(CaseOperation.EDIT_CASE) && v.status() == PlanStatus.DRAFT && !v.offered(),
                    EnumSet.of(Action.EDIT, Action.OFFER, Action.RECORD_SIGNATURE)),
            new Rule("the curator takes back a draft on offer, or records the family's signature on it",
                    (r, v) -> r.may(CaseOperation.EDIT_CASE) && v.status() == PlanStatus.DRAFT && v.offered(),
                    EnumSet.of(Action.TAKE_BACK, Action.RECORD_SIGNATURE)),
            new Rule("the family agrees to the draft offered to it",
                    (r, v) -> r.audience() == Audience.FAMILY && v.status() == PlanStatus.DRAFT && v.offered(),
                    EnumSet.of(Action.ACKNOWLEDGE)),
            new Rule("the supervisor approves the plan the family agreed to",
                    (r, v) -> r.may(CaseOperation.DECIDE) && v.status() == PlanStatus.AGREED,
                    EnumSet.of(Action.APPROVE)),
            new Rule("the curator sends an agreed or approved plan back to a draft",
                    (r, v) -> r.may(CaseOperation.EDIT_CASE)
                            && (v.status() == PlanStatus.AGREED || v.status() == PlanStatus.APPROVED),
                    EnumSet.of(Action.RETURN_TO_DRAFT)),
            new Rule("the curator puts an approved plan in force",
                    (r, v) -> r.may(CaseOperation.EDIT_CASE) && v.status() == PlanStatus.APPROVED,
                    EnumSet.of(Action.ACTIVATE)),
            new Rule("the curator reviews the plan in force: rates its goals or completes it",
                    (r, v) -> r.may(CaseOperation.EDIT_CASE) && v.status() == PlanStatus.ACTIVE,
                    EnumSet.of(Action.COMPLETE, Action.RATE)),
            new Rule("the curator revises the latest plan in force",
                    (r, v) -> r.may(CaseOperation.EDIT_CASE) && v.status() == PlanStatus.ACTIVE && v.latest(),
                    EnumSet.of(Action.REVISE)),
            new Rule("a partner agency proposes tasks for the plan in force",
                    (r, v) -> r.audience() == Audience.PARTNER && v.status() == PlanStatus.ACTIVE,
                    EnumSet.of(Action.PROPOSE_TASK)));

    /** Who works which task of the plan in force. */
    public static final List<TaskRule> TASK_RULES = List.of(
            new TaskRule("social services who may edit the case set any status",
                    (r, t) -> r.audience() == Audience.STAFF && r.may(CaseOperation.EDIT_CASE),
                    EnumSet.allOf(TaskStatus.class)),
            new TaskRule("a partner agency works its own tasks, short of cancelling them",
                    (r, t) -> r.audience() == Audience.PARTNER && t.side() == TaskSide.SPECIALIST
                            && r.agencyId() != null && r.agencyId().equals(t.agencyId()),
                    TaskStatus.PARTNER_CHOICES),
            new TaskRule("the family works the tasks of its own column",
                    (r, t) -> r.audience() == Audience.FAMILY && t.side() == TaskSide.FAMILY,
                    TaskStatus.FAMILY_CHOICES));

    private final List<Rule> rules;
    private final List<TaskRule> taskRules;

    public PlanPermissions(List<Rule> rules, List<TaskRule> taskRules) {
        this.rules = List.copyOf(rules);
        this.taskRules = List.copyOf(taskRules);
    }

    public static PlanPermissions standard() {
        return new PlanPermissions(RULES, TASK_RULES);
    }

    /** Everything the reader may do with the version. */
    public Set<Action> actions(Reader reader, Version version) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        if (!version.stageAllowsWork()) {
            return allowed;
        }
        for (Rule rule : rules) {
            if (rule.applies().test(reader, version)) {
                allowed.addAll(rule.grants());
            }
        }
        return allowed;
    }

    /** The statuses the reader may set on a task of the version (none: they may not work it). */
    public Set<TaskStatus> statusChoices(Reader reader, Version version, Task task) {
        Set<TaskStatus> allowed = EnumSet.noneOf(TaskStatus.class);
        if (version.status() != PlanStatus.ACTIVE || !version.stageAllowsWork()) {
            return allowed;
        }
        for (TaskRule rule : taskRules) {
            if (rule.applies().test(reader, task)) {
                allowed.addAll(rule.grants());
            }
        }
        return allowed;
    }
}
