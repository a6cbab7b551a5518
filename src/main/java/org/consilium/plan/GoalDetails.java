package org.consilium.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.consilium.referral.ProblemArea;

/** What a curator writes for a goal of the plan; the form binds to it, {@link PlanGoal} checks it again when saved. */
public class GoalDetails {

    /** Field names, shared by the form's bindings and the goal's refusals. */
    public static final String PROBLEM_AREA = "problemArea";
    public static final String STATEMENT = "statement";
    public static final String CRITERION = "criterion";
    public static final String BASELINE = "baseline";
    public static final String TARGET = "target";
    public static final String DEADLINE = "deadline";
    public static final String WHY_IT_MATTERS = "whyItMatters";
    public static final String FINDING = "finding";

    @NotNull(message = "{validation.required}")
    private ProblemArea problemArea;

    @NotBlank(message = "{validation.required}")
    @Size(max = PlanGoal.STATEMENT_MAX, message = "{validation.tooLong}")
    private String statement;

    @NotBlank(message = "{validation.required}")
    @Size(max = PlanGoal.CRITERION_MAX, message = "{validation.tooLong}")
    private String criterion;

    @Size(max = PlanGoal.LEVEL_MAX, message = "{validation.tooLong}")
    private String baseline;

    @Size(max = PlanGoal.LEVEL_MAX, message = "{validation.tooLong}")
    private String target;

    @NotNull(message = "{validation.required}")
    private LocalDate deadline;

    @Size(max = PlanGoal.WHY_MAX, message = "{validation.tooLong}")
    private String whyItMatters;

    /** The reference of the assessment finding the goal answers, if any (see {@code AssessmentSummaries}). */
    private String finding;

    /** The finding's text as cited; filled by the service from the assessment, not by the form. */
    private String findingText;

    public static GoalDetails of(PlanGoal g) {
        GoalDetails d = new GoalDetails();
        d.problemArea = g.getProblemArea();
        d.statement = g.getStatement();
        d.criterion = g.getCriterion();
        d.baseline = g.getBaseline();
        d.target = g.getTarget();
        d.deadline = g.getDeadline();
        d.whyItMatters = g.getWhyItMatters();
        d.finding = g.getFindingRef();
        d.findingText = g.getFindingText();
        return d;
    }

    /** A goal as the plan page shows it, to be edited. */
    public static GoalDetails of(PlanSheet.Goal g) {
        GoalDetails d = new GoalDetails();
        d.problemArea = g.problemArea();
        d.statement = g.statement();
        d.criterion = g.criterion();
        d.baseline = g.baseline();
        d.target = g.target();
        d.deadline = g.deadline();
        d.whyItMatters = g.whyItMatters();
        d.finding = g.finding() == null ? null : g.finding().reference();
        d.findingText = g.finding() == null ? null : g.finding().text();
        return d;
    }

    public ProblemArea getProblemArea() { return problemArea; }
    public void setProblemArea(ProblemArea problemArea) { this.problemArea = problemArea; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public String getCriterion() { return criterion; }
    public void setCriterion(String criterion) { this.criterion = criterion; }
    public String getBaseline() { return baseline; }
    public void setBaseline(String baseline) { this.baseline = baseline; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public String getWhyItMatters() { return whyItMatters; }
    public void setWhyItMatters(String whyItMatters) { this.whyItMatters = whyItMatters; }
    public String getFinding() { return finding; }
    public void setFinding(String finding) { this.finding = finding; }
    public String getFindingText() { return findingText; }
    public void setFindingText(String findingText) { this.findingText = findingText; }
}
