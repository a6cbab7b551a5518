package org.consilium.meeting;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
import org.consilium.casefile.DecisionCriterion;
import org.consilium.casefile.SupportLevel;

/**
 * A decision as the meeting room's form holds it: its kind, what was decided in words, and what the
 * kind's rule needs. Field names match those the rules refuse at, so a refusal shows at its field.
 */
public class DecisionDetails {

    public static final String KIND = "kind";
    public static final String TEXT = "text";

    private DecisionKind kind;
    private String text;
    /** A task for the plan in force: the goal, the agency, what and by when. */
    private String goalKey;
    private Long agencyId;
    private String description;
    /** The task's due date, or the next review's date. */
    private LocalDate dueOn;
    /** Opening support: level, model, criteria. */
    private SupportLevel level;
    private CaseModel model;
    private Set<DecisionCriterion> criteria = EnumSet.noneOf(DecisionCriterion.class);
    /** Changing the curator. */
    private Long curator;
    private boolean overloadConfirmed;
    /** Closing the case, or declining to open support: why, and with what outcome. */
    private ClosureReason closureReason;
    private String closureNote;
    private String closureOutcome;
    /** Declining a referral: why, and where the family was sent instead. */
    private String declineReason;
    private String redirectedTo;

    public DecisionKind getKind() { return kind; }
    public void setKind(DecisionKind kind) { this.kind = kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getGoalKey() { return goalKey; }
    public void setGoalKey(String goalKey) { this.goalKey = goalKey; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public SupportLevel getLevel() { return level; }
    public void setLevel(SupportLevel level) { this.level = level; }
    public CaseModel getModel() { return model; }
    public void setModel(CaseModel model) { this.model = model; }
    public Set<DecisionCriterion> getCriteria() { return criteria; }
    public void setCriteria(Set<DecisionCriterion> criteria) {
        this.criteria = criteria == null || criteria.isEmpty() ? EnumSet.noneOf(DecisionCriterion.class) : EnumSet.copyOf(criteria);
    }
    public Long getCurator() { return curator; }
    public void setCurator(Long curator) { this.curator = curator; }
    public boolean isOverloadConfirmed() { return overloadConfirmed; }
    public void setOverloadConfirmed(boolean overloadConfirmed) { this.overloadConfirmed = overloadConfirmed; }
    public ClosureReason getClosureReason() { return closureReason; }
    public void setClosureReason(ClosureReason closureReason) { this.closureReason = closureReason; }
    public String getClosureNote() { return closureNote; }
    public void setClosureNote(String closureNote) { this.closureNote = closureNote; }

    /** The closure this decision makes: its reason, words and outcome. */
    public ClosureDetails closure() {
        return ClosureDetails.of(closureReason, closureNote, closureOutcome);
    }
    public String getClosureOutcome() { return closureOutcome; }
    public void setClosureOutcome(String closureOutcome) { this.closureOutcome = closureOutcome; }
    public String getDeclineReason() { return declineReason; }
    public void setDeclineReason(String declineReason) { this.declineReason = declineReason; }
    public String getRedirectedTo() { return redirectedTo; }
    public void setRedirectedTo(String redirectedTo) { this.redirectedTo = redirectedTo; }
}
