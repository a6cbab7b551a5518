package org.consilium.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.UserText;
import org.consilium.referral.ProblemArea;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A goal of the plan for one problem area, written SMART: a specific statement in positive words, a
 * measurable criterion of achievement, where the family starts and where it aims, a deadline within
 * the plan, and why it matters to the family. Rated on {@link GoalRating} at reviews.
 */
@Entity
@Table(name = "plan_goal")
public class PlanGoal extends AbstractEntity implements FamilyRecord {

    public static final int STATEMENT_MAX = 500;
    public static final int CRITERION_MAX = 500;
    public static final int LEVEL_MAX = 300;
    public static final int WHY_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private FamilyPlan plan;

    /** The same goal in every version of the plan, so that versions can be compared. */
    @Column(name = "item_key", nullable = false, length = 36)
    private String key;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_area", nullable = false, length = 30)
    private ProblemArea problemArea;

    @Column(nullable = false, length = STATEMENT_MAX)
    private String statement;

    @Column(nullable = false, length = CRITERION_MAX)
    private String criterion;

    @Column(length = LEVEL_MAX)
    private String baseline;

    @Column(length = LEVEL_MAX)
    private String target;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "why_it_matters", length = WHY_MAX)
    private String whyItMatters;

    private Integer rating;

    /** The assessment finding the goal answers, if it cites one (decision 0024), and its text when cited. */
    @Column(name = "finding_ref", length = 80)
    private String findingRef;

    @Column(name = "finding_text", length = 2000)
    private String findingText;

    /** Loaded for all the goals read with this one in one statement, not goal by goal. */
    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    @Fetch(FetchMode.SUBSELECT)
    private List<PlanTask> tasks = new ArrayList<>();

    protected PlanGoal() {
    }

    PlanGoal(FamilyPlan plan, int position, GoalDetails details) {
        this.plan = plan;
        this.key = UUID.randomUUID().toString();
        this.position = position;
        apply(details);
    }

    /** A copy for a revision of the plan: the same key, content, rating and tasks. */
    PlanGoal copyInto(FamilyPlan revision) {
        PlanGoal copy = new PlanGoal();
        copy.plan = revision;
        copy.key = key;
        copy.position = position;
        copy.problemArea = problemArea;
        copy.statement = statement;
        copy.criterion = criterion;
        copy.baseline = baseline;
        copy.target = target;
        copy.deadline = deadline;
        copy.whyItMatters = whyItMatters;
        copy.rating = rating;
        copy.findingRef = findingRef;
        copy.findingText = findingText;
        for (PlanTask t : tasks) {
            copy.tasks.add(t.copyInto(copy));
        }
        return copy;
    }

    /** Checks and takes the goal's content: no goal without a criterion and a deadline within the plan. */
    void apply(GoalDetails d) {
        if (d.getProblemArea() == null) {
            throw BusinessException.atField(GoalDetails.PROBLEM_AREA, "validation.required");
        }
        String s = UserText.check(GoalDetails.STATEMENT, d.getStatement(), STATEMENT_MAX, true);
        String c = UserText.check(GoalDetails.CRITERION, d.getCriterion(), CRITERION_MAX, true);
        String b = UserText.check(GoalDetails.BASELINE, d.getBaseline(), LEVEL_MAX, false);
        String t = UserText.check(GoalDetails.TARGET, d.getTarget(), LEVEL_MAX, false);
        String w = UserText.check(GoalDetails.WHY_IT_MATTERS, d.getWhyItMatters(), WHY_MAX, false);
        if (d.getDeadline() == null) {
            throw BusinessException.atField(GoalDetails.DEADLINE, "validation.required");
        }
        plan.checkWithin(GoalDetails.DEADLINE, d.getDeadline());
        this.problemArea = d.getProblemArea();
        this.statement = s;
        this.criterion = c;
        this.baseline = b;
        this.target = t;
        this.deadline = d.getDeadline();
        this.whyItMatters = w;
        this.findingRef = d.getFinding();
        this.findingText = d.getFinding() == null ? null : d.getFindingText();
    }

    PlanTask addTask(TaskParties parties, TaskDetails d) {
        PlanTask t = new PlanTask(this, tasks.size(), parties, d);
        tasks.add(t);
        return t;
    }

    void removeTask(PlanTask t) {
        tasks.remove(t);
    }

    /** The goal's rating at a review of the plan being worked. */
    void rate(Integer value) {
        if (value != null && (value < GoalRating.MIN || value > GoalRating.MAX)) {
            throw BusinessException.atField("rating", "plan.rating.range", GoalRating.MIN, GoalRating.MAX);
        }
        this.rating = value;
    }

    public FamilyPlan getPlan() { return plan; }
    public String getKey() { return key; }
    public int getPosition() { return position; }
    public ProblemArea getProblemArea() { return problemArea; }
    public String getStatement() { return statement; }
    public String getCriterion() { return criterion; }
    public String getBaseline() { return baseline; }
    public String getTarget() { return target; }
    public LocalDate getDeadline() { return deadline; }
    public String getWhyItMatters() { return whyItMatters; }
    public Integer getRating() { return rating; }
    public String getFindingRef() { return findingRef; }
    public String getFindingText() { return findingText; }
    public List<PlanTask> getTasks() { return List.copyOf(tasks); }

    @Override
    public Long auditFamilyId() {
        return plan.auditFamilyId();
    }

    @Override
    public Long auditCaseId() {
        return plan.auditCaseId();
    }
}
