package org.consilium.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.consilium.agency.Agency;
import org.consilium.base.FamilyRecord;

/** An answer the curator shared with another agency taking part, with the family's consent. */
@Entity
@Table(name = "request_share")
public class AnswerShare implements FamilyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private InformationRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    @Column(name = "shared_by", nullable = false, length = 50)
    private String sharedBy;

    protected AnswerShare() {
    }

    AnswerShare(InformationRequest request, Agency agency, Instant at, String by) {
        this.request = request;
        this.agency = agency;
        this.sharedAt = at;
        this.sharedBy = by;
    }

    @Override
    public Long auditFamilyId() {
        return request.getFamilyId();
    }

    @Override
    public Long auditCaseId() {
        return request.getCaseId();
    }

    public InformationRequest getRequest() { return request; }
    public Agency getAgency() { return agency; }
    public Instant getSharedAt() { return sharedAt; }
    public String getSharedBy() { return sharedBy; }
}
