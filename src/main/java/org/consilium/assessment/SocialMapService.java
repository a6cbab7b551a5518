package org.consilium.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.consilium.base.AuditEvent;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseContext;
import org.consilium.family.Family;
import org.consilium.family.FamilyMember;
import org.consilium.family.FamilyService;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's social map, kept with each assessment version: the members of the family, the relations
 * between them and the support network around them. Read by social-services staff of the case and
 * written by its curator and the team's supervisors ({@link AssessmentAccess}), only while the version
 * is in progress and the case open. A new version starts with a copy ({@link SocialMapCopier}).
 */
@Service
@Transactional(readOnly = true)
public class SocialMapService {

    /** A member of the family's record, offered to put on the map. */
    public record MemberOption(String name, SocialMapRole role, Integer age) {
    }

    private final AssessmentAccess access;
    private final AssessmentRepository assessments;
    private final SocialMapMemberRepository members;
    private final SocialMapRelationRepository relations;
    private final SocialMapContactRepository contacts;
    private final FamilyService families;
    private final EditGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SocialMapService(AssessmentAccess access, AssessmentRepository assessments, SocialMapMemberRepository members,
                     SocialMapRelationRepository relations, SocialMapContactRepository contacts, FamilyService families,
                     EditGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.assessments = assessments;
        this.members = members;
        this.relations = relations;
        this.contacts = contacts;
        this.families = families;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The social map of one version of the case's assessment ({@code assessmentId} null: the latest);
     * the reading is recorded in the audit log.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public SocialMapSheet sheet(long caseId, Long assessmentId) {
        CaseContext ctx = access.toRead(caseId);
        SocialMapSheet sheet = load(ctx, assessmentId);
        if (sheet.assessmentId() != null) {
            access.recordViewed(ctx, "social-map", sheet.assessmentId());
        }
        return sheet;
    }

    /** The same, to be saved or printed as a file: recorded in the audit log as an export. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public SocialMapSheet export(long caseId, long assessmentId) {
        CaseContext ctx = access.toRead(caseId);
        SocialMapSheet sheet = load(ctx, assessmentId);
        events.publishEvent(new AuditEvent(AuditEvent.Action.EXPORT, "social-map", assessmentId, ctx.familyId(),
                ctx.familyName(), caseId, null));
        return sheet;
    }

    /** The members of the family's record, for the writer of the map to pick from (first name first). */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<MemberOption> memberOptions(long assessmentId) {
        CaseContext ctx = writable(assessment(assessmentId));
        LocalDate today = LocalDate.now(clock);
        List<FamilyMember> recorded = families.get(ctx.familyId()).map(Family::getMembers).orElse(List.of());
        return recorded.stream().map(m -> new MemberOption(m.getFirstName() + " " + m.getLastName(),
                SocialMapRole.of(m.getRelation(), m.getSex()), m.ageOn(today))).toList();
    }

    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public SocialMapSheet addMember(long assessmentId, SocialMapMemberDetails details) {
        Assessment a = assessment(assessmentId);
        CaseContext ctx = writable(a);
        members.saveAndFlush(SocialMapMember.of(a, details));
        return written(ctx, a);
    }

    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public SocialMapSheet editMember(long memberId, long version, SocialMapMemberDetails details) {
        SocialMapMember m = members.findById(memberId).orElseThrow(RecordNotFoundException::new);
        CaseContext ctx = writable(m.getAssessment());
        guard.atVersion(m, version);
        m.apply(details);
        guard.flush(m);
        return written(ctx, m.getAssessment());
    }

    /** Takes a member off the map with their relations; entries of the network that ran to them run to the whole family. */
    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public SocialMapSheet removeMember(long memberId, long version) {
        SocialMapMember m = members.findById(memberId).orElseThrow(RecordNotFoundException::new);
        Assessment a = m.getAssessment();
        CaseContext ctx = writable(a);
        guard.atVersion(m, version);
        // Both read before anything changes, so that no query flushes a change ahead of the guard.
        List<SocialMapRelation> itsRelations = relations.findByAssessmentIdOrderByIdAsc(a.getId()).stream()
                .filter(r -> r.involves(m)).toList();
        List<SocialMapContact> network = contacts.findByAssessmentIdOrderByIdAsc(a.getId());
        itsRelations.forEach(relations::delete);
        network.forEach(c -> c.detachFrom(m));
        members.delete(m);
        guard.flush(m);
        return written(ctx, a);
    }

    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public SocialMapSheet addRelation(long assessmentId, SocialMapRelationDetails details) {
        Assessment a = assessment(assessmentId);
        CaseContext ctx = writable(a);
        List<SocialMapMember> on = members.findByAssessmentIdOrderByIdAsc(a.getId());
        SocialMapMember first = memberOf(on, details.getFirst(), SocialMapRelationDetails.FIRST);
        SocialMapMember second = memberOf(on, details.getSecond(), SocialMapRelationDetails.SECOND);
        refuseSecondRelation(a, first, second, null);
        relations.saveAndFlush(SocialMapRelation.of(a, first, second, details));
        return written(ctx, a);
    }

    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public SocialMapSheet editRelation(long relationId, long version, SocialMapRelationDetails details) {
        SocialMapRelation r = relations.findById(relationId).orElseThrow(RecordNotFoundException::new);
        Assessment a = r.getAssessment();
        CaseContext ctx = writable(a);
        guard.atVersion(r, version);
        List<SocialMapMember> on = members.findByAssessmentIdOrderByIdAsc(a.getId());
        SocialMapMember first = memberOf(on, details.getFirst(), SocialMapRelationDetails.FIRST);
        SocialMapMember second = memberOf(on, details.getSecond(), SocialMapRelationDetails.SECOND);
        refuseSecondRelation(a, first, second, r);
        r.apply(first, second, details);
        guard.flush(r);
        return written(ctx, a);
    }

    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public SocialMapSheet removeRelation(long relationId, long version) {
        SocialMapRelation r = relations.findById(relationId).orElseThrow(RecordNotFoundException::new);
        Assessment a = r.getAssessment();
        CaseContext ctx = writable(a);
        guard.atVersion(r, version);
        relations.delete(r);
        guard.flush(r);
        return written(ctx, a);
    }

    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public SocialMapSheet addContact(long assessmentId, SocialMapContactDetails details) {
        Assessment a = assessment(assessmentId);
        CaseContext ctx = writable(a);
        List<SocialMapMember> on = members.findByAssessmentIdOrderByIdAsc(a.getId());
        contacts.saveAndFlush(SocialMapContact.of(a, memberOf(on, details.getMember(), SocialMapContactDetails.MEMBER),
                details));
        return written(ctx, a);
    }

    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public SocialMapSheet editContact(long contactId, long version, SocialMapContactDetails details) {
        SocialMapContact c = contacts.findById(contactId).orElseThrow(RecordNotFoundException::new);
        Assessment a = c.getAssessment();
        CaseContext ctx = writable(a);
        guard.atVersion(c, version);
        List<SocialMapMember> on = members.findByAssessmentIdOrderByIdAsc(a.getId());
        c.apply(memberOf(on, details.getMember(), SocialMapContactDetails.MEMBER), details);
        guard.flush(c);
        return written(ctx, a);
    }

    @Transactional
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public SocialMapSheet removeContact(long contactId, long version) {
        SocialMapContact c = contacts.findById(contactId).orElseThrow(RecordNotFoundException::new);
        Assessment a = c.getAssessment();
        CaseContext ctx = writable(a);
        guard.atVersion(c, version);
        contacts.delete(c);
        guard.flush(c);
        return written(ctx, a);
    }

    private SocialMapSheet load(CaseContext ctx, Long assessmentId) {
        List<Assessment> all = assessments.findByCaseIdOrderByNumberAsc(ctx.caseId());
        if (all.isEmpty()) {
            if (assessmentId != null) {
                throw new RecordNotFoundException();
            }
            return SocialMapSheet.none(ctx.caseId(), ctx.familyName());
        }
        Assessment a = assessmentId == null ? all.get(all.size() - 1)
                : all.stream().filter(x -> x.getId().equals(assessmentId)).findFirst()
                        .orElseThrow(RecordNotFoundException::new);
        return sheet(ctx, a, all, AssessmentAccess.writable(ctx));
    }

    /** The map as it stands after a change, for the writer (not recorded as a reading). */
    private SocialMapSheet written(CaseContext ctx, Assessment a) {
        return sheet(ctx, a, assessments.findByCaseIdOrderByNumberAsc(ctx.caseId()), true);
    }

    private SocialMapSheet sheet(CaseContext ctx, Assessment a, List<Assessment> all, boolean mayWrite) {
        List<SocialMapSheet.Version> versions = all.stream()
                .map(x -> new SocialMapSheet.Version(x.getId(), x.getNumber(), x.getKind(), x.getStatus())).toList();
        return SocialMapSheet.of(a, ctx.familyName(), versions, members.findByAssessmentIdOrderByIdAsc(a.getId()),
                relations.findByAssessmentIdOrderByIdAsc(a.getId()), contacts.findByAssessmentIdOrderByIdAsc(a.getId()),
                mayWrite);
    }

    /** The case, if the user may write its assessment, the case is open and the version in progress. */
    private CaseContext writable(Assessment a) {
        CaseContext ctx = access.toWriteWhileOpen(a.getCaseId(), "socialMap.caseClosed");
        SocialMapMember.requireInProgress(a);
        return ctx;
    }

    private Assessment assessment(long id) {
        return assessments.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    /** The member of this map the form named; {@code null} if it named none; refused at the field if not on this map. */
    private static SocialMapMember memberOf(List<SocialMapMember> on, Long id, String field) {
        if (id == null) {
            return null;
        }
        return on.stream().filter(m -> m.getId().equals(id)).findFirst()
                .orElseThrow(() -> BusinessException.atField(field, "socialMap.member.unknown"));
    }

    /**
     * One relation for each two members: a second is refused at the field of the second member. Checked
     * before the relation changes, so that the query flushes nothing.
     */
    private void refuseSecondRelation(Assessment a, SocialMapMember first, SocialMapMember second,
                                      SocialMapRelation edited) {
        if (first == null || second == null || first.equals(second)) {
            return;
        }
        boolean taken = relations.findByAssessmentIdOrderByIdAsc(a.getId()).stream()
                .anyMatch(o -> !o.equals(edited) && o.joins(first.getId(), second.getId()));
        if (taken) {
            throw BusinessException.atField(SocialMapRelationDetails.SECOND, "socialMap.relation.duplicate");
        }
    }
}
