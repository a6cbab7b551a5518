package org.consilium.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A decision of a meeting on an agenda item: what was decided, in words, and what carrying it out
 * created (a task, an approved plan, a new curator) with the address to find it. Never changed once
 * written; a correction is an addendum to the minutes.
 */
@Entity
@Table(name = "meeting_decision")
public class MeetingDecision {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem item;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "family_name", length = 200)
    private String familyName;

    @Column(name = "referral_id")
    private Long referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DecisionKind kind;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(length = 500)
    private String result;

    @Column(name = "result_route", length = 100)
    private String resultRoute;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, length = 50)
    private String decidedBy;

    protected MeetingDecision() {
    }

    MeetingDecision(AgendaItem item, DecisionKind kind, String text, Instant at, String by) {
        this.meeting = item.getMeeting();
        this.item = item;
        this.caseId = item.getCaseId();
        this.familyName = item.getFamilyName();
        this.referralId = item.getReferralId();
        this.kind = kind;
        this.text = text;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    /** The case a decision on a referral opened (or the referral joined): the decision is about it now. */
    void opened(long newCaseId) {
        this.caseId = newCaseId;
    }

    /** What carrying the decision out created, and where to find it. */
    void created(String what, String route) {
        this.result = what == null || what.length() <= 500 ? what : what.substring(0, 499) + "…";
        this.resultRoute = route;
    }

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public AgendaItem getItem() { return item; }
    public Long getCaseId() { return caseId; }
    public Long getReferralId() { return referralId; }
    public String getFamilyName() { return familyName; }
    public DecisionKind getKind() { return kind; }
    public String getText() { return text; }
    public String getResult() { return result; }
    public String getResultRoute() { return resultRoute; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
}
