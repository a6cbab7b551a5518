package org.consilium.meeting;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consilium.account.UserAccount;
import org.consilium.base.AuditEvent;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a meeting's minutes as the reader may see them ({@link Minutes}), and prints them. An
 * invitation is not consent (decision 0013): a participant sees the items about families they may see
 * under the sharing rules, and of other families only the summary the chair shared, which the audit
 * log records as read; a family member sees only the items about their own family.
 */
@Service
@Transactional(readOnly = true)
public class MinutesReader {

    private final MeetingAccess access;
    private final AgendaRepository items;
    private final DecisionRepository decisions;
    private final InconsistencyRepository inconsistencies;
    private final AddendumRepository addenda;
    private final CaseService cases;
    private final MinutesPdf pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesReader(MeetingAccess access, AgendaRepository items, DecisionRepository decisions,
                  InconsistencyRepository inconsistencies, AddendumRepository addenda, CaseService cases, MinutesPdf pdf,
                  ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.items = items;
        this.decisions = decisions;
        this.inconsistencies = inconsistencies;
        this.addenda = addenda;
        this.cases = cases;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user still takes part in the meeting (or keeps its minutes), asked quietly. */
    @PermitAll
    public boolean takesPart(long meetingId) {
        UserAccount me = access.me();
        Meeting m = access.meeting(meetingId);
        return access.writes(m, me) || !MeetingAccess.mine(m, me).isEmpty() || access.organises(m, me);
    }

    /** The minutes as the signed-in user may see them; refused to anyone not taking part. */
    @PermitAll
    public Minutes minutes(long meetingId) {
        UserAccount me = access.me();
        Meeting m = access.meeting(meetingId);
        Minutes.Role role = role(m, me);
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<MeetingDecision>> decided = decisions.ofMeeting(m.getId()).stream()
                .filter(d -> d.getItem() != null)
                .collect(Collectors.groupingBy(d -> d.getItem().getId()));
        Map<Long, List<Inconsistency>> issues = inconsistencies.ofMeeting(m.getId()).stream()
                .filter(i -> i.getItem() != null)
                .collect(Collectors.groupingBy(i -> i.getItem().getId()));
        List<AgendaItem> agenda = items.ofMeeting(m.getId());
        Set<Long> seen = visibleCases(agenda, m.getCaseId(), role);
        // A participant who may not see the meeting's family is not told who in it came.
        boolean seesFamily = role != Minutes.Role.PARTICIPANT || m.getCaseId() == null || seen.contains(m.getCaseId());
        Long myAgency = me.getAgency() == null ? null : me.getAgency().getId();
        List<Minutes.Item> shown = agenda.stream()
                .filter(i -> role != Minutes.Role.FAMILY || i.getCaseId() != null && i.getCaseId().equals(m.getCaseId()))
                .map(i -> {
                    // A family member is left with the items about their own family only: those they see.
                    Minutes.Visibility v = role != Minutes.Role.PARTICIPANT || i.getCaseId() == null && i.getReferralId() == null
                            || i.getCaseId() != null && seen.contains(i.getCaseId())
                            ? Minutes.Visibility.FULL
                            : i.getSharedSummary() != null ? Minutes.Visibility.SUMMARY : Minutes.Visibility.HIDDEN;
                    if (v == Minutes.Visibility.SUMMARY) {
                        events.publishEvent(AuditEvent.viewed("meeting-item-summary", i.getId(), null, i.getFamilyName(),
                                i.getCaseId()));
                    }
                    boolean full = v == Minutes.Visibility.FULL;
                    boolean family = role == Minutes.Role.FAMILY;
                    List<Minutes.Decision> ds = !full ? List.of() : decided.getOrDefault(i.getId(), List.of()).stream()
                            .map(d -> new Minutes.Decision(d.getId(), d.getKind(), d.getText(), d.getResult(),
                                    family ? null : d.getResultRoute(), d.getDecidedAt(), d.getDecidedBy()))
                            .toList();
                    List<Minutes.Issue> is = !full || family ? List.of() : issues.getOrDefault(i.getId(), List.of()).stream()
                            .map(x -> new Minutes.Issue(x.getId(), x.getVersion(), x.getDescription(), x.getOwnerName(),
                                    x.getDueOn(), x.isOverdue(today), x.getSettledAt(), x.getSettlement(),
                                    x.getSettledAt() == null && (role == Minutes.Role.KEEPER
                                            || myAgency != null && myAgency == x.getOwnerAgencyId())))
                            .toList();
                    return new Minutes.Item(i.getId(), i.getVersion(), i.getPosition(), i.getTopic(),
                            v == Minutes.Visibility.HIDDEN ? null : i.getCaseId(),
                            v == Minutes.Visibility.HIDDEN ? null : i.getFamilyName(),
                            v == Minutes.Visibility.HIDDEN ? null : i.getQuestion(), v,
                            full && !family ? i.getMinutes() : null,
                            v == Minutes.Visibility.SUMMARY || role == Minutes.Role.KEEPER ? i.getSharedSummary() : null,
                            ds, is);
                }).toList();
        List<Minutes.Attendee> attendance = m.getParticipants().stream()
                .map(p -> new Minutes.Attendee(p.getId(), p.getKind(),
                        p.getKind() == Participant.Kind.FAMILY_MEMBER && !seesFamily ? null : p.getName(),
                        p.getResponse(), p.getAttendance()))
                .toList();
        List<Minutes.Addendum> notes = addenda.ofMeeting(m.getId()).stream()
                .map(a -> new Minutes.Addendum(a.getText(), a.getAddedAt(), a.getAddedByName())).toList();
        return new Minutes(m.getId(), m.getVersion(), m.getKind(), m.getTitle(), m.getStartsAt(), m.getEndsAt(),
                m.getPlace(), m.getChairName(), m.getSecretaryName(), m.getStatus(), m.getFinalisedAt(),
                role == Minutes.Role.KEEPER ? m.getCaseId() : null, seesFamily ? m.getFamilyName() : null, role, m.getChairId() == me.getId(), m.hasBegun(clock.instant()), attendance, m.getFamilyView(),
                shown, notes);
    }

    /** The minutes as a PDF in the reader's language, showing what the reader may see; the export is logged. */
    @PermitAll
    public byte[] pdf(long meetingId, Locale locale) {
        Minutes minutes = minutes(meetingId);
        events.publishEvent(new AuditEvent(AuditEvent.Action.EXPORT, "meeting-minutes-pdf", meetingId, null,
                minutes.familyName(), null, null));
        return pdf.render(minutes, locale);
    }

    private Minutes.Role role(Meeting m, UserAccount me) {
        if (access.writes(m, me)) {
            return Minutes.Role.KEEPER;
        }
        List<Participant> mine = MeetingAccess.mine(m, me);
        if (me.getRoles().contains(AppRoles.FAMILY)) {
            if (mine.isEmpty()) {
                throw new AccessDeniedException("Not invited to this meeting");
            }
            return Minutes.Role.FAMILY;
        }
        if (mine.isEmpty() && !access.organises(m, me)) {
            throw new AccessDeniedException("Not invited to this meeting");
        }
        return Minutes.Role.PARTICIPANT;
    }

    /** The cases on the agenda the reader may see under the sharing rules. */
    private Set<Long> visibleCases(List<AgendaItem> agenda, Long meetingCaseId, Minutes.Role role) {
        if (role != Minutes.Role.PARTICIPANT) {
            return Set.of();
        }
        Set<Long> ids = agenda.stream().map(AgendaItem::getCaseId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        if (meetingCaseId != null) {
            ids.add(meetingCaseId);
        }
        Set<Long> seen = new HashSet<>(cases.contextsIfAllowed(ids, CaseOperation.READ_CASE).keySet());
        seen.addAll(cases.contextsIfAllowed(ids, CaseOperation.READ_SHARED).keySet());
        return seen;
    }
}
