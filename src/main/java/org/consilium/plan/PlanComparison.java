package org.consilium.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed from one version of a plan to another: goals and tasks added, changed (and in which
 * fields) or removed, matched by their keys. How tasks are being worked (status, rating) is not the
 * plan's content and is not compared.
 */
public final class PlanComparison {

    public enum Kind { ADDED, CHANGED, REMOVED }

    public enum Item { GOAL, TASK }

    /** One difference; {@code fields} names the changed fields (message keys) of a CHANGED item. */
    public record Change(Item item, Kind kind, String text, String goalText, List<String> fields) {
    }

    private static final Map<String, Function<PlanGoal, Object>> GOAL_FIELDS = new LinkedHashMap<>();
    private static final Map<String, Function<PlanTask, Object>> TASK_FIELDS = new LinkedHashMap<>();

    static {
        GOAL_FIELDS.put("plan.goal.problemArea", PlanGoal::getProblemArea);
        GOAL_FIELDS.put("plan.goal.statement", PlanGoal::getStatement);
        GOAL_FIELDS.put("plan.goal.criterion", PlanGoal::getCriterion);
        GOAL_FIELDS.put("plan.goal.baseline", PlanGoal::getBaseline);
        GOAL_FIELDS.put("plan.goal.target", PlanGoal::getTarget);
        GOAL_FIELDS.put("plan.goal.deadline", PlanGoal::getDeadline);
        GOAL_FIELDS.put("plan.goal.whyItMatters", PlanGoal::getWhyItMatters);
        TASK_FIELDS.put("plan.task.side", PlanTask::getSide);
        TASK_FIELDS.put("plan.task.description", PlanTask::getDescription);
        TASK_FIELDS.put("plan.task.member", t -> t.getMember() == null ? null : t.getMember().getId());
        TASK_FIELDS.put("plan.task.agency", t -> t.getAgency() == null ? null : t.getAgency().getId());
        TASK_FIELDS.put("plan.task.user", t -> t.getUser() == null ? null : t.getUser().getId());
        TASK_FIELDS.put("plan.task.dueOn", PlanTask::getDueOn);
    }

    private PlanComparison() {
    }

    /** The changes that lead from {@code older} to {@code newer}, goal by goal in the newer order, removals last. */
    public static List<Change> between(FamilyPlan older, FamilyPlan newer) {
        List<Change> changes = new ArrayList<>();
        for (PlanGoal g : newer.getGoals()) {
            var before = older.goal(g.getKey());
            if (before.isEmpty()) {
                changes.add(new Change(Item.GOAL, Kind.ADDED, g.getStatement(), null, List.of()));
            } else {
                List<String> fields = differing(GOAL_FIELDS, before.get(), g);
                if (!fields.isEmpty()) {
                    changes.add(new Change(Item.GOAL, Kind.CHANGED, g.getStatement(), null, fields));
                }
            }
            for (PlanTask t : g.getTasks()) {
                var old = older.task(t.getKey());
                if (old.isEmpty()) {
                    changes.add(new Change(Item.TASK, Kind.ADDED, t.getDescription(), g.getStatement(), List.of()));
                } else {
                    List<String> fields = differing(TASK_FIELDS, old.get(), t);
                    if (!old.get().getGoal().getKey().equals(g.getKey())) {
                        fields.add("plan.task.goal");
                    }
                    if (!fields.isEmpty()) {
                        changes.add(new Change(Item.TASK, Kind.CHANGED, t.getDescription(), g.getStatement(), fields));
                    }
                }
            }
        }
        for (PlanGoal g : older.getGoals()) {
            if (newer.goal(g.getKey()).isEmpty()) {
                changes.add(new Change(Item.GOAL, Kind.REMOVED, g.getStatement(), null, List.of()));
            }
        }
        for (PlanTask t : older.tasks()) {
            if (newer.task(t.getKey()).isEmpty()) {
                changes.add(new Change(Item.TASK, Kind.REMOVED, t.getDescription(), t.getGoal().getStatement(), List.of()));
            }
        }
        return changes;
    }

    private static <T> List<String> differing(Map<String, Function<T, Object>> fields, T a, T b) {
        List<String> out = new ArrayList<>();
        fields.forEach((key, get) -> {
            if (!Objects.equals(get.apply(a), get.apply(b))) {
                out.add(key);
            }
        });
        return out;
    }
}
