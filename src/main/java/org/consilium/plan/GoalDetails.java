package org.consilium.plan;

import java.time.LocalDate;
import org.consilium.referral.ProblemArea;

/** What a curator writes for a goal of the plan; checked by {@link PlanGoal} when saved. */
public class GoalDetails {

    private ProblemArea problemArea;
    private String statement;
    private String criterion;
    private String baseline;
    private String target;
    private LocalDate deadline;
    private String whyItMatters;

    public static GoalDetails of(PlanGoal g) {
        GoalDetails d = new GoalDetails();
        d.problemArea = g.getProblemArea();
        d.statement = g.getStatement();
        d.criterion = g.getCriterion();
        d.baseline = g.getBaseline();
        d.target = g.getTarget();
        d.deadline = g.getDeadline();
        d.whyItMatters = g.getWhyItMatters();
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
}
