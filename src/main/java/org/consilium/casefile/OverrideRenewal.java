package org.consilium.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One renewal of an emergency override: when and by whom, why the child's safety still requires
 * sharing, and until when the override then held. Kept for good with the override.
 */
@Embeddable
public class OverrideRenewal {

    @Column(name = "renewed_at", nullable = false)
    private Instant renewedAt;

    @Column(name = "renewed_by", nullable = false, length = 50)
    private String renewedBy;

    @Column(nullable = false, length = EmergencyOverride.REASON_MAX)
    private String reason;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected OverrideRenewal() {
    }

    OverrideRenewal(Instant renewedAt, String renewedBy, String reason, Instant expiresAt) {
        this.renewedAt = renewedAt;
        this.renewedBy = renewedBy;
        this.reason = reason;
        this.expiresAt = expiresAt;
    }

    public Instant getRenewedAt() { return renewedAt; }
    public String getRenewedBy() { return renewedBy; }
    public String getReason() { return reason; }
    public Instant getExpiresAt() { return expiresAt; }
}
