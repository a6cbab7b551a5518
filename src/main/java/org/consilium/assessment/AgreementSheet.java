package org.consilium.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.consilium.attachment.Attachment;

/**
 * A case's cooperation agreements as their tab shows them, the latest first, with what the signed-in
 * user may do with them (the service checks again).
 *
 * @param maySign     whether a new agreement may be recorded now: the user may write, the case is open
 *                    and no agreement is in force
 * @param mayWithdraw whether the user may record a withdrawal or attach a scan
 */
public record AgreementSheet(long caseId, boolean maySign, boolean mayWithdraw, List<Agreement> agreements) {

    public AgreementSheet {
        agreements = List.copyOf(agreements);
    }

    /** The agreement in force today, if there is one. */
    public Optional<Agreement> inForce() {
        return agreements.stream().filter(a -> a.status() == AgreementStatus.IN_FORCE).findFirst();
    }

    /**
     * One agreement.
     *
     * @param withdrawnByName who recorded the withdrawal, or {@code null} while it is not withdrawn
     * @param scans           the scans of the signed paper, oldest first
     */
    public record Agreement(long id, long version, int number, AgreementStatus status, LocalDate signedOn,
                            long signerMemberId, String signerName, String familyUndertakes, String serviceUndertakes,
                            LocalDate validUntil, Instant recordedAt, String recordedByName, LocalDate withdrawnOn,
                            String withdrawalReason, String withdrawnByName, List<Attachment> scans) {

        public Agreement {
            scans = List.copyOf(scans);
        }
    }
}
