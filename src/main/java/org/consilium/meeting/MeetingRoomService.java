package org.consilium.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.consilium.account.UserAccount;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyService;
import org.consilium.base.AuditEvent;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting room: who came, the secretary, the minutes of each item, what the chair shares of an
 * item with participants who may not see the family, the family's view at a closing meeting, the
 * inconsistencies between agencies, and the minutes finalised by the secretary (addenda after that).
 * Written by the chair, the secretary and the team's supervisors; who came, the family's view, the
 * inconsistencies and finalising wait until the meeting has begun; every change is refused once the
 * minutes are final, except an addendum.
 */
@Service
@Transactional(readOnly = true)
public class MeetingRoomService {

    private final MeetingAccess access;
    private final AgendaRepository items;
    private final InconsistencyRepository inconsistencies;
    private final AddendumRepository addenda;
    private final AgencyService agencies;
    private final EditGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeetingEvents meetingEvents;

    MeetingRoomService(MeetingAccess access, AgendaRepository items, InconsistencyRepository inconsistencies,
                       AddendumRepository addenda, AgencyService agencies, EditGuard guard,
                       ApplicationEventPublisher events, Clock clock, MeetingEvents meetingEvents) {
        this.meetingEvents = meetingEvents;
        this.access = access;
        this.items = items;
        this.inconsistencies = inconsistencies;
        this.addenda = addenda;
        this.agencies = agencies;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** Marks whether an invited person came. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public void markAttendance(long meetingId, long participantId, Attendance attendance) {
        Meeting m = access.toChange(meetingId, access.me());
        m.requireBegun(clock.instant());
        if (attendance == null) {
            throw BusinessException.atField("attendance", "validation.required");
        }
        Participant p = m.getParticipants().stream().filter(x -> x.getId() == participantId).findFirst()
                .orElseThrow(RecordNotFoundException::new);
        p.markAttendance(attendance);
    }

    /** Someone who came without an invitation, by name and perhaps e-mail: present. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public void addGuest(long meetingId, String name, String email) {
        Meeting m = access.toChange(meetingId, access.me());
        m.requireBegun(clock.instant());
        m.addGuestPresent(name, email);
    }

    /** The one who keeps the minutes and finalises them: a portal user invited. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Meeting appointSecretary(long meetingId, long version, long userId) {
        Meeting m = guard.atVersion(access.toChange(meetingId, access.me()), version);
        m.appointSecretary(userId);
        return guard.flush(m);
    }

    /** The minutes of one agenda item, at the version the writer saw. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public AgendaItem writeMinutes(long itemId, long version, String text) {
        AgendaItem item = itemToWrite(itemId, version);
        item.writeMinutes(text);
        return guard.flush(item);
    }

    /**
     * The chair shares a summary of an item with the participants who may not see the family's case
     * (an empty summary stops sharing); the audit log records it.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public AgendaItem share(long itemId, long version, String summary) {
        UserAccount me = access.me();
        AgendaItem item = itemToWrite(itemId, version);
        if (item.getMeeting().getChairId() != me.getId()) {
            throw new AccessDeniedException("Only the chair shares an item");
        }
        item.share(summary, clock.instant(), me.getUsername());
        AgendaItem saved = guard.flush(item);
        Meeting m = item.getMeeting();
        events.publishEvent(new AuditEvent(AuditEvent.Action.CHANGE, "meeting-item-shared", saved.getId(),
                m.getFamilyId(), saved.getFamilyName(), saved.getCaseId(),
                saved.getSharedSummary() == null ? "sharing stopped, meeting " + m.getId() : "summary shared, meeting " + m.getId()));
        return saved;
    }

    /** At a closing meeting: the family's own view, recorded before the specialists'. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Meeting recordFamilyView(long meetingId, long version, String text) {
        UserAccount me = access.me();
        Meeting m = guard.atVersion(access.toChange(meetingId, me), version);
        m.requireBegun(clock.instant());
        m.recordFamilyView(text, clock.instant(), me.getUsername());
        return guard.flush(m);
    }

    /** An inconsistency between agencies on an item, with the agency that settles it and by when. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Inconsistency recordInconsistency(long itemId, String description, Long ownerAgencyId, LocalDate dueOn) {
        UserAccount me = access.me();
        AgendaItem item = items.findById(itemId).orElseThrow(RecordNotFoundException::new);
        Meeting m = access.toChange(item.getMeeting().getId(), me);
        m.requireBegun(clock.instant());
        m.requireFamilyHeard();
        Inconsistency.Owner owner = ownerAgencyId == null ? null : agencies.all().stream()
                .filter(a -> a.getId().equals(ownerAgencyId)).findFirst()
                .map((Agency a) -> new Inconsistency.Owner(a.getId(), a.getName()))
                .orElseThrow(() -> BusinessException.atField(Inconsistency.OWNER, "validation.required"));
        return inconsistencies.saveAndFlush(Inconsistency.record(item, m.getFamilyId(), description, owner, dueOn,
                LocalDate.now(clock), clock.instant(), me.getUsername()));
    }

    /**
     * Settles an inconsistency, with how; by those who keep the meeting's minutes or a user of the
     * agency that owns it. It may be settled after the minutes are final: it is tracked, not minuted.
     */
    @PermitAll
    @Transactional
    public Inconsistency settle(long inconsistencyId, long version, String how) {
        UserAccount me = access.me();
        Inconsistency i = inconsistencies.findById(inconsistencyId).orElseThrow(RecordNotFoundException::new);
        boolean owner = me.getAgency() != null && me.getAgency().getId() == i.getOwnerAgencyId()
                && !me.getRoles().contains(AppRoles.FAMILY);
        if (!owner && !access.writes(i.getMeeting(), me)) {
            throw new AccessDeniedException("Neither keeps the minutes nor owns the inconsistency");
        }
        guard.atVersion(i, version);
        i.settle(how, clock.instant(), me.getUsername());
        guard.flush(i);
        meetingEvents.publish(MeetingActivity.Kind.ROOM, i.getMeeting(), me);
        return i;
    }

    /** The secretary (or the chair while none is appointed) finalises the minutes: read-only from now on. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Meeting finalise(long meetingId, long version) {
        UserAccount me = access.me();
        Meeting m = guard.atVersion(access.toChange(meetingId, me), version);
        m.requireBegun(clock.instant());
        m.finalise(me.getId(), clock.instant(), me.getUsername());
        return guard.flush(m);
    }

    /** A correction or addition to finalised minutes, by those who keep them. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public MinutesAddendum addAddendum(long meetingId, String text) {
        UserAccount me = access.me();
        Meeting m = access.toChange(meetingId, me);
        return addenda.saveAndFlush(new MinutesAddendum(m, text, clock.instant(), me.getUsername(), me.getFullName()));
    }

    private AgendaItem itemToWrite(long itemId, long version) {
        AgendaItem item = items.findById(itemId).orElseThrow(RecordNotFoundException::new);
        access.toChange(item.getMeeting().getId(), access.me());
        return guard.atVersion(item, version);
    }
}
