package org.consilium.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consilium.attachment.Attachment;

/**
 * One request as its reader may see it. The addressed agency sees the request's own fields and its
 * answer, never the case: for it {@link #caseId} and {@link #familyName} are {@code null} and the
 * legal basis is not shown. Social services of the case see everything, including the answer. An
 * agency the answer was shared with sees the request and the answer, read-only.
 *
 * @param answer      the answer's values, empty when there is none or the reader may not read it
 * @param attachments the files attached to the answer, when the reader may read it
 */
public record RequestSheet(long id, long version, RequestKind kind, Subject subject, Set<RequestQuestion> questions,
                           String questionsText, LocalDate periodFrom, LocalDate periodTo, int schoolDays,
                           LocalDate dueOn, Instant sentAt, String askedBy, String askedByTeam, String askedByEmail,
                           String agencyName, RequestStatus status, boolean overdue, String assigneeName,
                           Long caseId, String familyName, RequestBasis basis, String legalBasis,
                           Instant basisReviewedAt, Repeat repeat, LocalDate repeatUntil, String goalStatement,
                           Map<AnswerField, String> answer, Instant answeredAt, String answeredBy,
                           String declineReason, Instant declinedAt, List<Note> notes, List<String> sharedWith,
                           List<Attachment> attachments, Allowed allowed) {

    /** Whom the request is about; {@code schoolClass} and {@code birthDate} may be unknown. */
    public record Subject(String name, LocalDate birthDate, String schoolClass, boolean wholeFamily) {
    }

    /** A question, reply or addendum on the request. */
    public record Note(RequestNote.Kind kind, String text, Instant at, String by) {
    }

    /** What the reader may do on the request's page. */
    public record Allowed(boolean answer, boolean addAddendum, boolean ask, boolean reply, boolean share,
                          boolean reviewBasis, boolean readAnswer, boolean socialServices) {
    }
}
