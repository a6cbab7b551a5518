package org.consilium.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;

/**
 * An inconsistency between agencies found at a meeting (seed 001): what does not agree, which agency
 * settles it and by when, and how it was settled. Open until settled.
 */
@Entity
@Table(name = "meeting_inconsistency")
public class Inconsistency extends AbstractEntity implements FamilyRecord {

    public static final int TEXT_MAX = 2000;
    /** The fields a refusal is shown at. */
    public static final String DESCRIPTION = "description";
    public static final String OWNER = "owner";
    public static final String DUE_ON = "dueOn";
    public static final String SETTLEMENT = "settlement";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem item;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "family_id")
    private Long familyId;

    @Column(name = "family_name", length = 200)
    private String familyName;

    @Column(name = "team_agency_id", nullable = false)
    private long teamAgencyId;

    @Column(nullable = false, length = TEXT_MAX)
    private String description;

    @Column(name = "owner_agency_id", nullable = false)
    private long ownerAgencyId;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "settled_by", length = 50)
    private String settledBy;

    @Column(length = TEXT_MAX)
    private String settlement;

    protected Inconsistency() {
    }

    /** The agency that settles it, as the service has found it. */
    record Owner(long agencyId, String name) {
    }

    static Inconsistency record(AgendaItem item, Long familyId, String description, Owner owner, LocalDate dueOn,
                                LocalDate today, Instant now, String by) {
        item.getMeeting().requireMinutesOpen();
        String d = description == null ? "" : description.strip();
        if (d.isEmpty()) {
            throw BusinessException.atField(DESCRIPTION, "validation.required");
        }
        if (d.length() > TEXT_MAX) {
            throw BusinessException.atField(DESCRIPTION, "validation.maxLength", TEXT_MAX);
        }
        if (owner == null) {
            throw BusinessException.atField(OWNER, "validation.required");
        }
        if (dueOn == null) {
            throw BusinessException.atField(DUE_ON, "validation.required");
        }
        if (dueOn.isBefore(today)) {
            throw BusinessException.atField(DUE_ON, "meeting.inconsistency.dueOn.past");
        }
        Inconsistency i = new Inconsistency();
        i.meeting = item.getMeeting();
        i.item = item;
        i.caseId = item.getCaseId();
        i.familyId = familyId;
        i.familyName = item.getFamilyName();
        i.teamAgencyId = item.getMeeting().getTeamAgencyId();
        i.description = d;
        i.ownerAgencyId = owner.agencyId();
        i.ownerName = owner.name();
        i.dueOn = dueOn;
        i.recordedAt = now;
        i.recordedBy = by;
        return i;
    }

    /** Settled: how. Once settled it stays settled. */
    void settle(String how, Instant now, String by) {
        if (settledAt != null) {
            throw new BusinessException("meeting.inconsistency.settled");
        }
        String s = how == null ? "" : how.strip();
        if (s.isEmpty()) {
            throw BusinessException.atField(SETTLEMENT, "validation.required");
        }
        if (s.length() > TEXT_MAX) {
            throw BusinessException.atField(SETTLEMENT, "validation.maxLength", TEXT_MAX);
        }
        this.settlement = s;
        this.settledAt = now;
        this.settledBy = by;
    }

    public boolean isOverdue(LocalDate today) {
        return settledAt == null && dueOn.isBefore(today);
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

    @Override
    public Long auditTeamId() {
        return teamAgencyId;
    }

    public Meeting getMeeting() { return meeting; }
    public AgendaItem getItem() { return item; }
    public Long getCaseId() { return caseId; }
    public String getFamilyName() { return familyName; }
    public String getDescription() { return description; }
    public long getOwnerAgencyId() { return ownerAgencyId; }
    public String getOwnerName() { return ownerName; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getSettledAt() { return settledAt; }
    public String getSettlement() { return settlement; }
    public Instant getRecordedAt() { return recordedAt; }
}
