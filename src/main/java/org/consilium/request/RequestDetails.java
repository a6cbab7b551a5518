package org.consilium.request;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the curator fills in to send a request: about whom (a child, or the whole family when no member
 * is chosen), to which agency, what kind, which questions, the period it covers, by when, on which
 * basis, and whether it repeats.
 */
public class RequestDetails {

    /** Field names, as the form binds them and as refusals name them. */
    public static final String MEMBER = "memberId";
    public static final String AGENCY = "agencyId";
    public static final String KIND = "kind";
    public static final String QUESTIONS = "questions";
    public static final String QUESTIONS_TEXT = "questionsText";
    public static final String PERIOD_FROM = "periodFrom";
    public static final String PERIOD_TO = "periodTo";
    public static final String DUE_ON = "dueOn";
    public static final String LEGAL_BASIS = "legalBasis";
    public static final String REPEAT = "repeat";
    public static final String REPEAT_UNTIL = "repeatUntil";
    public static final String GOAL = "goalKey";

    private Long memberId;
    private Long agencyId;
    private RequestKind kind;
    private Set<RequestQuestion> questions = EnumSet.noneOf(RequestQuestion.class);
    private String questionsText = "";
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private LocalDate dueOn;
    private String legalBasis = "";
    private Repeat repeat = Repeat.NONE;
    private LocalDate repeatUntil;
    private boolean untilPlanEnds;
    private String goalKey;

    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
    public RequestKind getKind() { return kind; }
    public void setKind(RequestKind kind) { this.kind = kind; }
    public Set<RequestQuestion> getQuestions() { return questions; }
    public void setQuestions(Set<RequestQuestion> questions) {
        this.questions = questions == null || questions.isEmpty() ? EnumSet.noneOf(RequestQuestion.class) : EnumSet.copyOf(questions);
    }
    public String getQuestionsText() { return questionsText; }
    public void setQuestionsText(String questionsText) { this.questionsText = questionsText; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public Repeat getRepeat() { return repeat; }
    public void setRepeat(Repeat repeat) { this.repeat = repeat == null ? Repeat.NONE : repeat; }
    public LocalDate getRepeatUntil() { return repeatUntil; }
    public void setRepeatUntil(LocalDate repeatUntil) { this.repeatUntil = repeatUntil; }
    public boolean isUntilPlanEnds() { return untilPlanEnds; }
    public void setUntilPlanEnds(boolean untilPlanEnds) { this.untilPlanEnds = untilPlanEnds; }
    public String getGoalKey() { return goalKey; }
    public void setGoalKey(String goalKey) { this.goalKey = goalKey; }
}
