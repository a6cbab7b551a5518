package org.consilium.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A progress review as the curator writes it: the family's view first, each goal's rating, whether each
 * agency's service was received and adequate, new strengths and risks, and the decision. The goals and
 * services come from the plan in force ({@link ReviewService#form}); the form binds to the rest.
 */
public class ReviewDetails {

    public static final String HELD_ON = "heldOn";
    public static final String FAMILY_VIEW = "familyView";
    public static final String DECISION = "decision";

    /**
     * A goal of the plan in force, as read (id and version), the rating given at the review and the family's
     * own rating, if any.
     */
    public static class GoalLine {
        private final long goalId;
        private final long goalVersion;
        private final String goalKey;
        private final String statement;
        private Integer rating;
        private Integer familyRating;

        public GoalLine(long goalId, long goalVersion, String goalKey, String statement, Integer rating) {
            this.goalId = goalId;
            this.goalVersion = goalVersion;
            this.goalKey = goalKey;
            this.statement = statement;
            this.rating = rating;
        }

        public long goalId() { return goalId; }
        public long goalVersion() { return goalVersion; }
        public String goalKey() { return goalKey; }
        public String statement() { return statement; }
        public Integer getRating() { return rating; }
        public void setRating(Integer rating) { this.rating = rating; }
        /** The family's own rating of the goal on the same scale: its self-evaluation. */
        public Integer getFamilyRating() { return familyRating; }
        public void setFamilyRating(Integer familyRating) { this.familyRating = familyRating; }
    }

    /** An agency's task in the plan in force, and whether the family received it and it met the need. */
    public static class ServiceLine {
        private final String taskKey;
        private final String description;
        private final long agencyId;
        private final String agencyName;
        private boolean received = true;
        private boolean adequate = true;
        private String note = "";

        public ServiceLine(String taskKey, String description, long agencyId, String agencyName) {
            this.taskKey = taskKey;
            this.description = description;
            this.agencyId = agencyId;
            this.agencyName = agencyName;
        }

        public String taskKey() { return taskKey; }
        public String description() { return description; }
        public long agencyId() { return agencyId; }
        public String agencyName() { return agencyName; }
        public boolean isReceived() { return received; }
        public void setReceived(boolean received) { this.received = received; }
        public boolean isAdequate() { return adequate; }
        public void setAdequate(boolean adequate) { this.adequate = adequate; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    @NotNull(message = "{validation.required}")
    private LocalDate heldOn;

    @NotBlank(message = "{validation.required}")
    @Size(max = ProgressReview.TEXT_MAX, message = "{validation.tooLong}")
    private String familyView = "";

    @Size(max = ProgressReview.TEXT_MAX, message = "{validation.tooLong}")
    private String strengths = "";

    @Size(max = ProgressReview.TEXT_MAX, message = "{validation.tooLong}")
    private String risks = "";

    @NotNull(message = "{validation.required}")
    private ReviewDecision decision;

    @Size(max = ProgressReview.TEXT_MAX, message = "{validation.tooLong}")
    private String comment = "";

    private List<GoalLine> goals = new ArrayList<>();
    private List<ServiceLine> services = new ArrayList<>();

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getFamilyView() { return familyView; }
    public void setFamilyView(String familyView) { this.familyView = familyView; }
    public String getStrengths() { return strengths; }
    public void setStrengths(String strengths) { this.strengths = strengths; }
    public String getRisks() { return risks; }
    public void setRisks(String risks) { this.risks = risks; }
    public ReviewDecision getDecision() { return decision; }
    public void setDecision(ReviewDecision decision) { this.decision = decision; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public List<GoalLine> getGoals() { return goals; }
    public void setGoals(List<GoalLine> goals) { this.goals = new ArrayList<>(goals); }
    public List<ServiceLine> getServices() { return services; }
    public void setServices(List<ServiceLine> services) { this.services = new ArrayList<>(services); }

    /** The field naming a service's note, refused when a service not adequate is not explained. */
    public static String serviceNoteField(int index) {
        return "serviceNote." + index;
    }
}
