package org.consilium.meeting;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consilium.account.UserAccount;
import org.consilium.base.BusinessException;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseFilter;
import org.consilium.casefile.CaseLists;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseRow;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.SharingService;
import org.consilium.plan.PlanReader;
import org.consilium.referral.Referral;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ReferralStatus;
import org.consilium.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda. It offers what waits for a group decision in the team (cases at the decision
 * stage, plans agreed and waiting for approval, cases at review or overdue, overrides to review, cases
 * whose curator can no longer work them, cases at closure); its organisers (decision 0022) add items, order and remove them.
 */
@Service
@Transactional(readOnly = true)
public class AgendaService {

    /** How many of each kind of waiting work are offered at most. */
    private static final int OFFERED = 30;

    private final MeetingRepository meetings;
    private final AgendaRepository items;
    private final CaseLists caseLists;
    private final CaseService cases;
    private final SharingService sharing;
    private final PlanReader plans;
    private final Clock clock;
    private final MeetingAccess access;
    private final DecisionRepository decisions;
    private final InconsistencyRepository inconsistencies;
    private final ReferralService referrals;

    AgendaService(MeetingRepository meetings, AgendaRepository items, CaseLists caseLists, CaseService cases,
                  SharingService sharing, PlanReader plans, Clock clock, MeetingAccess access,
                  DecisionRepository decisions, InconsistencyRepository inconsistencies, ReferralService referrals) {
        this.referrals = referrals;
        this.access = access;
        this.decisions = decisions;
        this.inconsistencies = inconsistencies;
        this.meetings = meetings;
        this.items = items;
        this.caseLists = caseLists;
        this.cases = cases;
        this.sharing = sharing;
        this.plans = plans;
        this.clock = clock;
    }

    /** Work that waits for a group decision, one case (or verified referral) and topic each. */
    public record Candidate(Topic topic, Long caseId, String familyName, Long referralId) {

        public Candidate(Topic topic, long caseId, String familyName) {
            this(topic, caseId, familyName, null);
        }
    }

    /** An item of the agenda as the organiser sees it. */
    public record Item(long id, int position, Topic topic, Long caseId, String familyName, String question) {
    }

    /** What the agenda could take up, minus what it already holds. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<Candidate> candidates(long meetingId) {
        UserAccount me = access.me();
        Meeting m = organised(meetingId, me);
        Set<String> onAgenda = new HashSet<>();
        items.ofMeeting(m.getId()).forEach(i -> onAgenda.add(key(i.getTopic(), i.getCaseId(), i.getReferralId())));
        List<Candidate> out = new ArrayList<>();
        if (me.getRoles().contains(AppRoles.SUPERVISOR)) {
            referrals.queue(new ReferralService.QueueFilter(Set.of(ReferralStatus.VERIFIED), Set.of(), Set.of()),
                            PageRequest.of(0, OFFERED))
                    .forEach(r -> out.add(new Candidate(Topic.REFERRAL, null,
                            r.familyName() == null ? r.peopleConcerned() : r.familyName(), r.id())));
        }
        stage(out, Topic.DECISION, CaseStage.DECISION);
        if (me.getRoles().contains(AppRoles.SUPERVISOR)) {
            List<Long> awaiting = plans.casesAwaitingApproval();
            Map<Long, CaseContext> contexts = cases.contextsIfAllowed(awaiting, CaseOperation.READ_CASE);
            awaiting.stream().limit(OFFERED).filter(contexts::containsKey)
                    .forEach(id -> out.add(new Candidate(Topic.PLAN_APPROVAL, id, contexts.get(id).familyName())));
        }
        stage(out, Topic.REVIEW, CaseStage.REVIEW);
        caseLists.page(new CaseFilter(null, null, null, "", true, "", null, true), PageRequest.of(0, OFFERED))
                .forEach(r -> out.add(new Candidate(Topic.OVERDUE, r.id(), r.familyName())));
        if (me.getRoles().contains(AppRoles.SUPERVISOR)) {
            sharing.overridesToReview().stream().limit(OFFERED)
                    .forEach(d -> out.add(new Candidate(Topic.OVERRIDE_REVIEW, d.caseId(), d.familyName())));
        }
        if (me.getRoles().contains(AppRoles.SUPERVISOR)) {
            caseLists.teamCasesNeedingNewCurator(OFFERED)
                    .forEach(d -> out.add(new Candidate(Topic.CURATOR_CHANGE, d.caseId(), d.familyName())));
        }
        stage(out, Topic.CLOSURE, CaseStage.CLOSURE);
        return out.stream().filter(c -> !onAgenda.contains(key(c.topic(), c.caseId(), c.referralId()))).distinct().toList();
    }

    /** The agenda in its order. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<Item> agenda(long meetingId) {
        Meeting m = organised(meetingId, access.me());
        return items.ofMeeting(m.getId()).stream().map(AgendaService::item).toList();
    }

    /** Adds an item at the end: a case the user may read and the question to decide, or a topic without a case. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Item add(long meetingId, Topic topic, Long caseId, String question) {
        UserAccount me = access.me();
        Meeting m = organised(meetingId, me);
        m.requireMinutesOpen();
        // A meeting about one case takes up that case's questions.
        Long about = caseId == null ? m.getCaseId() : caseId;
        String familyName = about == null ? null : cases.context(about, CaseOperation.READ_CASE).familyName();
        int next = items.ofMeeting(m.getId()).stream().mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
        return item(items.saveAndFlush(new AgendaItem(m, next, topic == null ? Topic.OTHER : topic, about, familyName,
                question, clock.instant(), me.getUsername())));
    }

    /**
     * Adds a verified referral at the end, for the territorial group to open a case or decline it; only
     * a supervisor, who decides on referrals, puts one on the agenda.
     */
    @RolesAllowed(AppRoles.SUPERVISOR)
    @Transactional
    public Item addReferral(long meetingId, long referralId, String question) {
        UserAccount me = access.me();
        Meeting m = organised(meetingId, me);
        m.requireMinutesOpen();
        Referral r = referrals.get(referralId).orElseThrow(RecordNotFoundException::new);
        if (r.getStatus() != ReferralStatus.VERIFIED) {
            throw new BusinessException("case.open.notVerified");
        }
        String name = r.getFamily() != null ? r.getFamily().getName() : r.getPeopleConcerned();
        int next = items.ofMeeting(m.getId()).stream().mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
        AgendaItem item = new AgendaItem(m, next, Topic.REFERRAL, null, name, question, clock.instant(), me.getUsername());
        item.aboutReferral(referralId);
        return item(items.saveAndFlush(item));
    }

    private static String key(Topic topic, Long caseId, Long referralId) {
        return topic + ":" + caseId + ":" + referralId;
    }

    /** Moves an item up ({@code -1}) or down ({@code +1}) the agenda. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public List<Item> move(long itemId, int step) {
        AgendaItem item = items.findById(itemId).orElseThrow(RecordNotFoundException::new);
        Meeting m = organised(item.getMeeting().getId(), access.me());
        m.requireMinutesOpen();
        List<AgendaItem> all = new ArrayList<>(items.ofMeeting(m.getId()));
        int from = all.indexOf(item);
        int to = Math.max(0, Math.min(all.size() - 1, from + Integer.signum(step)));
        all.remove(from);
        all.add(to, item);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).moveTo(i + 1);
        }
        return all.stream().map(AgendaService::item).toList();
    }

    /** Takes an item off the agenda. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public void remove(long itemId) {
        AgendaItem item = items.findById(itemId).orElseThrow(RecordNotFoundException::new);
        organised(item.getMeeting().getId(), access.me()).requireMinutesOpen();
        if (decisions.countByItemId(itemId) > 0 || inconsistencies.countByItemId(itemId) > 0) {
            throw new BusinessException("meeting.agenda.hasDecisions");
        }
        items.delete(item);
    }

    private void stage(List<Candidate> out, Topic topic, CaseStage stage) {
        for (CaseRow r : caseLists.page(new CaseFilter(stage, null, null, "", true), PageRequest.of(0, OFFERED))) {
            out.add(new Candidate(topic, r.id(), r.familyName()));
        }
    }

    /** The meeting, if the user organises it (decision 0022); otherwise refused. */
    private Meeting organised(long meetingId, UserAccount me) {
        Meeting m = meetings.findById(meetingId).orElseThrow(RecordNotFoundException::new);
        if (!access.organises(m, me)) {
            throw new AccessDeniedException("Not the organiser of this meeting");
        }
        return m;
    }

    private static Item item(AgendaItem i) {
        return new Item(i.getId(), i.getPosition(), i.getTopic(), i.getCaseId(), i.getFamilyName(), i.getQuestion());
    }

}
