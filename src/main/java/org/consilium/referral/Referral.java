package org.consilium.referral;

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
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.consilium.agency.Agency;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.MessageKey;
import org.consilium.family.Family;
import org.hibernate.annotations.BatchSize;

/**
 * A request for help with a family, from an agency, a person or the family itself. Triage sets its
 * urgency, from which the time it must be answered by follows; intake verifies it and records what it
 * checked ({@link Verification}); once verified it is decided on, and ends accepted (a case) or declined
 * (with a reason, maybe redirected to another service).
 */
@Entity
@Table(name = "referral")
public class Referral extends AbstractEntity implements FamilyRecord {

    public static final int PERSON_MAX = 200;
    public static final int PEOPLE_MAX = 1000;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int REASON_TEXT_MAX = 1000;
    public static final int DECLINE_REASON_MAX = 1000;
    public static final int REDIRECT_MAX = 300;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 20)
    private SourceType sourceType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_agency_id")
    private Agency sourceAgency;

    @Column(name = "source_person", length = PERSON_MAX)
    private String sourcePerson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Urgency urgency;

    /** The urgency's place in the queue, stored so the database can sort by it. */
    @Column(name = "urgency_rank", nullable = false)
    private int urgencyRank;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "people_concerned", nullable = false, length = PEOPLE_MAX)
    private String peopleConcerned;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @ElementCollection
    @CollectionTable(name = "referral_reason", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "area", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 50)
    private Set<ProblemArea> reasons = new HashSet<>();

    @Column(name = "reason_text", length = REASON_TEXT_MAX)
    private String reasonText;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "family_id")
    private Family family;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralStatus status = ReferralStatus.NEW;

    @Column(name = "decline_reason", length = DECLINE_REASON_MAX)
    private String declineReason;

    @Column(name = "redirected_to", length = REDIRECT_MAX)
    private String redirectedTo;

    @Column(name = "submitted_by", nullable = false, length = 50)
    private String submittedBy;

    /** Null until intake records something of its verification. */
    @Embedded
    private Verification verification;

    protected Referral() {
    }

    /**
     * A referral as it arrives. The due time is the time it was received plus the response target
     * of its urgency. Refused as a whole if anything required is missing.
     */
    public Referral(ReferralDetails d, Duration responseTarget, Instant now, String submittedBy) {
        if (d.getSourceType() == null) {
            throw BusinessException.atField(ReferralDetails.SOURCE_TYPE, "validation.required");
        }
        if (d.getSourceType() == SourceType.AGENCY && d.getSourceAgency() == null) {
            throw BusinessException.atField(ReferralDetails.SOURCE_AGENCY, "referral.sourceAgency.required");
        }
        if (d.getSourceType() == SourceType.PERSON && isBlank(d.getSourcePerson())) {
            throw BusinessException.atField(ReferralDetails.SOURCE_PERSON, "referral.sourcePerson.required");
        }
        if (d.getChannel() == null) {
            throw BusinessException.atField(ReferralDetails.CHANNEL, "validation.required");
        }
        if (d.getUrgency() == null) {
            throw BusinessException.atField(ReferralDetails.URGENCY, "validation.required");
        }
        Instant received = d.getReceivedAt() == null ? now : d.getReceivedAt();
        if (received.isAfter(now.plusSeconds(60))) {
            throw BusinessException.atField(ReferralDetails.RECEIVED_AT, "referral.receivedAt.future");
        }
        this.peopleConcerned = required(ReferralDetails.PEOPLE_CONCERNED, d.getPeopleConcerned(), PEOPLE_MAX);
        this.description = required(ReferralDetails.DESCRIPTION, d.getDescription(), DESCRIPTION_MAX);
        this.reasonText = optional(ReferralDetails.REASON_TEXT, d.getReasonText(), REASON_TEXT_MAX);
        this.sourcePerson = optional(ReferralDetails.SOURCE_PERSON, d.getSourcePerson(), PERSON_MAX);
        this.sourceType = d.getSourceType();
        this.sourceAgency = d.getSourceType() == SourceType.AGENCY ? d.getSourceAgency() : null;
        this.channel = d.getChannel();
        this.receivedAt = received;
        this.urgency = d.getUrgency();
        this.urgencyRank = urgency.rank();
        this.dueAt = received.plus(responseTarget);
        this.reasons.addAll(d.getReasons());
        this.submittedBy = submittedBy;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String required(String field, String value, int max) {
        if (isBlank(value)) {
            throw BusinessException.atField(field, "validation.required");
        }
        return optional(field, value, max);
    }

    private static String optional(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw BusinessException.atField(field, "validation.maxLength", max);
        }
        return v.isEmpty() ? null : v;
    }

    private void moveTo(ReferralStatus target) {
        if (!status.allowedMoves().contains(target)) {
            throw new BusinessException("referral.status.illegalMove", new MessageKey(status.messageKey()),
                    new MessageKey(target.messageKey()));
        }
        this.status = target;
    }

    /** Intake starts checking whether the information is true and the family reachable. */
    public void startVerification() {
        moveTo(ReferralStatus.VERIFYING);
    }

    /**
     * Records what intake checked while verifying the referral; with {@code markVerified} the
     * verification is finished and the referral verified, which needs the outcome. A verified referral's
     * record may still be corrected until it is decided on, but keeps its outcome and who verified it.
     */
    public void recordVerification(VerificationDetails d, LocalDate today, Instant now, String by) {
        if (status == ReferralStatus.NEW) {
            throw new BusinessException("referral.verification.notStarted");
        }
        if (!status.isPending()) {
            throw new BusinessException("referral.closed");
        }
        boolean wasVerified = status == ReferralStatus.VERIFIED;
        Verification checked = Verification.of(d, wasVerified || d.isMarkVerified(), today);
        if (wasVerified) {
            checked.verified(verification.getVerifiedAt(), verification.getVerifiedBy());
        } else if (d.isMarkVerified()) {
            moveTo(ReferralStatus.VERIFIED);
            checked.verified(now, by);
        }
        this.verification = checked;
    }

    /** Declined, with a reason; {@code redirectedTo} names another service that may help, if any. */
    public void decline(String reason, String redirectTo) {
        String r = required(DeclineDetails.DECLINE_REASON, reason, DECLINE_REASON_MAX);
        String to = optional(DeclineDetails.REDIRECTED_TO, redirectTo, REDIRECT_MAX);
        moveTo(ReferralStatus.DECLINED);
        this.declineReason = r;
        this.redirectedTo = to;
    }

    /** Accepted for the given family: a case was opened for it, or the referral joined its open case. */
    public void accept(Family forFamily) {
        if (forFamily == null) {
            throw BusinessException.atField(ReferralDetails.FAMILY, "referral.family.required");
        }
        moveTo(ReferralStatus.ACCEPTED);
        this.family = forFamily;
    }

    /** Links the referral to the family it is about, once intake knows which it is. */
    public void linkFamily(Family forFamily) {
        if (!status.isPending()) {
            throw new BusinessException("referral.closed");
        }
        this.family = forFamily;
    }

    public boolean isOverdue(Instant now) {
        return status.isPending() && now.isAfter(dueAt);
    }

    public SourceType getSourceType() { return sourceType; }
    public Agency getSourceAgency() { return sourceAgency; }
    public String getSourcePerson() { return sourcePerson; }
    public Channel getChannel() { return channel; }
    public Instant getReceivedAt() { return receivedAt; }
    public Urgency getUrgency() { return urgency; }
    public Instant getDueAt() { return dueAt; }
    public String getPeopleConcerned() { return peopleConcerned; }
    public String getDescription() { return description; }
    public Set<ProblemArea> getReasons() { return reasons.isEmpty() ? EnumSet.noneOf(ProblemArea.class) : EnumSet.copyOf(reasons); }
    public String getReasonText() { return reasonText; }
    public Family getFamily() { return family; }
    public ReferralStatus getStatus() { return status; }
    public String getDeclineReason() { return declineReason; }
    public String getRedirectedTo() { return redirectedTo; }
    public String getSubmittedBy() { return submittedBy; }
    /** What intake recorded while verifying the referral, if anything. */
    public Optional<Verification> getVerification() { return Optional.ofNullable(verification); }

    @Override
    public Long auditFamilyId() {
        return family == null ? null : family.getId();
    }
}
