package org.consilium.request;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.consilium.agency.Agency;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.MessageKey;

/**
 * A curator's request to a partner agency for information about a child or the whole family, and the
 * agency's answer. The addressee sees only what it needs to answer (the subject, the questions, who
 * asks and by when); the answer is saved as a draft, then submitted and read-only, or the request is
 * declined with a reason.
 */
@Entity
@Table(name = "information_request")
public class InformationRequest extends AbstractEntity implements FamilyRecord {

    public static final int QUESTIONS_TEXT_MAX = 2000;
    public static final int LEGAL_BASIS_MIN = 20;
    public static final int LEGAL_BASIS_MAX = 1000;
    public static final int DECLINE_REASON_MIN = 10;
    public static final int DECLINE_REASON_MAX = 1000;
    /** The field a decline's reason is shown at. */
    public static final String DECLINE_REASON = "reason";

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "family_name", nullable = false, length = 200)
    private String familyName;

    @Embedded
    private RequestSubject subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private RequestKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_question", joinColumns = @JoinColumn(name = "request_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "question", length = 40)
    private Set<RequestQuestion> questions = EnumSet.noneOf(RequestQuestion.class);

    @Column(name = "questions_text", length = QUESTIONS_TEXT_MAX)
    private String questionsText;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Embedded
    private RequestSender sender;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestBasis basis;

    @Column(name = "legal_basis", length = LEGAL_BASIS_MAX)
    private String legalBasis;

    @Column(name = "basis_reviewed_at")
    private Instant basisReviewedAt;

    @Column(name = "basis_reviewed_by", length = 50)
    private String basisReviewedBy;

    @Embedded
    private RequestSchedule schedule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status = RequestStatus.SENT;

    @Column(name = "assignee", length = 50)
    private String assignee;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_answer_value", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "field_key", length = 40)
    @Column(name = "field_value", length = AnswerField.LONG_TEXT_MAX)
    private Map<AnswerField, String> answer = new HashMap<>();

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 50)
    private String answeredBy;

    @Column(name = "decline_reason", length = DECLINE_REASON_MAX)
    private String declineReason;

    @Column(name = "declined_at")
    private Instant declinedAt;

    @Column(name = "declined_by", length = 50)
    private String declinedBy;

    protected InformationRequest() {
    }

    /** A request as sent; the service has checked who asks, the consent or legal basis, and the agency. */
    InformationRequest(long caseId, long familyId, String familyName, RequestSubject subject, Agency agency,
                       RequestKind kind, Set<RequestQuestion> questions, String questionsText, LocalDate periodFrom,
                       LocalDate periodTo, LocalDate dueOn, RequestSender sender, RequestBasis basis, String legalBasis,
                       RequestSchedule schedule) {
        this.caseId = caseId;
        this.familyId = familyId;
        this.familyName = familyName;
        this.subject = subject;
        this.agency = agency;
        this.kind = kind;
        this.questions = questions.isEmpty() ? EnumSet.noneOf(RequestQuestion.class) : EnumSet.copyOf(questions);
        this.questionsText = questionsText == null || questionsText.isBlank() ? null : questionsText.strip();
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.dueOn = dueOn;
        this.sender = sender;
        this.basis = basis;
        this.legalBasis = basis == RequestBasis.LEGAL_BASIS ? legalBasis.strip() : null;
        this.schedule = schedule;
    }

    /** The next report of a recurring request, for the period starting on {@code from}. */
    InformationRequest nextReport(LocalDate from, LocalDate to, LocalDate due, Instant at) {
        InformationRequest next = new InformationRequest(caseId, familyId, familyName, subject, agency, kind, questions,
                questionsText, from, to, due, sender.resentAt(at), basis, legalBasis, schedule.occurrenceOf(getId()));
        next.basisReviewedAt = basisReviewedAt;
        next.basisReviewedBy = basisReviewedBy;
        return next;
    }

    /** Keeps a draft of the answer: the agency has started on the request. */
    void saveDraft(Map<AnswerField, String> checked) {
        requireOpen();
        replaceAnswer(checked);
        status = RequestStatus.IN_PROGRESS;
    }

    /** The agency's answer, read-only from now on. */
    void submit(Map<AnswerField, String> checked, Instant at, String by) {
        requireOpen();
        replaceAnswer(checked);
        status = RequestStatus.ANSWERED;
        answeredAt = at;
        answeredBy = by;
    }

    /** The agency declines to answer, saying why. */
    void decline(String reason, Instant at, String by) {
        requireOpen();
        String r = reason == null ? "" : reason.strip();
        if (r.length() < DECLINE_REASON_MIN) {
            throw BusinessException.atField(DECLINE_REASON, "request.decline.reasonTooShort", DECLINE_REASON_MIN);
        }
        if (r.length() > DECLINE_REASON_MAX) {
            throw BusinessException.atField(DECLINE_REASON, "validation.maxLength", DECLINE_REASON_MAX);
        }
        status = RequestStatus.DECLINED;
        declineReason = r;
        declinedAt = at;
        declinedBy = by;
    }

    /** Someone at the agency asked the curator a question: the agency has started on it. */
    void questionAsked() {
        if (status == RequestStatus.SENT) {
            status = RequestStatus.IN_PROGRESS;
        }
    }

    /** A colleague at the agency takes the request over. */
    void handTo(String username) {
        requireOpen();
        assignee = username;
    }

    /** A supervisor has looked at the legal basis the request was sent on. */
    void reviewBasis(Instant at, String by) {
        if (basis != RequestBasis.LEGAL_BASIS) {
            throw new BusinessException("request.basis.nothingToReview");
        }
        basisReviewedAt = at;
        basisReviewedBy = by;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new BusinessException("request.notOpen", new MessageKey(status.messageKey()));
        }
    }

    private void replaceAnswer(Map<AnswerField, String> checked) {
        answer.clear();
        answer.putAll(checked);
    }

    /** Still waiting for an answer after its due date. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueOn.isBefore(today);
    }

    @Override
    public Long auditFamilyId() {
        return familyId;
    }

    @Override
    public String auditFamilyLabel() {
        return familyName;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    public long getCaseId() { return caseId; }
    public long getFamilyId() { return familyId; }
    public String getFamilyName() { return familyName; }
    public RequestSubject getSubject() { return subject; }
    public Agency getAgency() { return agency; }
    public RequestKind getKind() { return kind; }
    public Set<RequestQuestion> getQuestions() {
        return questions.isEmpty() ? EnumSet.noneOf(RequestQuestion.class) : EnumSet.copyOf(questions);
    }
    public String getQuestionsText() { return questionsText; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public LocalDate getDueOn() { return dueOn; }
    public RequestSender getSender() { return sender; }
    public RequestBasis getBasis() { return basis; }
    public String getLegalBasis() { return legalBasis; }
    public Instant getBasisReviewedAt() { return basisReviewedAt; }
    public String getBasisReviewedBy() { return basisReviewedBy; }
    public RequestSchedule getSchedule() { return schedule; }
    public RequestStatus getStatus() { return status; }
    public String getAssignee() { return assignee; }
    public Map<AnswerField, String> getAnswer() {
        return answer.isEmpty() ? Map.of() : new EnumMap<>(answer);
    }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getAnsweredBy() { return answeredBy; }
    public String getDeclineReason() { return declineReason; }
    public Instant getDeclinedAt() { return declinedAt; }
    public String getDeclinedBy() { return declinedBy; }
}
