package org.consilium.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.base.AuditEvent;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseContext;
import org.consilium.family.Family;
import org.consilium.family.FamilyService;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Housing-conditions acts of a case (decisions 0024, 0027): the case's staff read them, its curator and the
 * team's supervisors draw them up and revise them while the case is open, and anyone who reads them may
 * print one. Every method asks {@link AssessmentAccess} first, so partner agencies, the family and staff
 * of other teams are refused (and the refusal recorded); each reading and each print is recorded too.
 */
@Service
@Transactional(readOnly = true)
public class HousingActService {

    static final String AUDIT_TYPE = "housing-act";

    private final AssessmentAccess access;
    private final HousingActRepository acts;
    private final FamilyService families;
    private final UserAccountService accounts;
    private final EditGuard guard;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final HousingActPdf pdf;

    HousingActService(AssessmentAccess access, HousingActRepository acts, FamilyService families,
                      UserAccountService accounts, EditGuard guard, Clock clock, ApplicationEventPublisher events,
                      HousingActPdf pdf) {
        this.access = access;
        this.acts = acts;
        this.families = families;
        this.accounts = accounts;
        this.guard = guard;
        this.clock = clock;
        this.events = events;
        this.pdf = pdf;
    }

    /** The case's acts, the latest inspection first, and whether the user may draw up a new one. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public HousingActList list(long caseId) {
        CaseContext ctx = access.toRead(caseId);
        List<HousingActList.Summary> rows = acts.findByCaseIdOrderByInspectedOnDescIdDesc(caseId).stream()
                .map(a -> new HousingActList.Summary(a.getId(), a.getVersion(), a.getInspectedOn(),
                        String.join(", ", a.getInspectors().stream().map(ActInspector::getName).toList()),
                        a.getDwelling(), a.getRecordedByName(), a.getRecordedAt(), a.getRevisedAt()))
                .toList();
        return new HousingActList(caseId, ctx.familyName(), mayWrite(ctx), rows);
    }

    /** One act, read in full; the reading is kept in the audit log. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public HousingActSheet sheet(long actId) {
        HousingAct act = act(actId);
        CaseContext ctx = access.toRead(act.getCaseId());
        access.recordViewed(ctx, AUDIT_TYPE, actId);
        return HousingActSheet.of(act, ctx.teamAgencyName(), mayWrite(ctx));
    }

    /** What the form offers for a new act of the case, for those who may draw one up. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public ActFormOptions options(long caseId) {
        CaseContext ctx = access.toWrite(caseId);
        Family family = family(ctx);
        LocalDate today = LocalDate.now(clock);
        ActFamily facts = facts(family, List.of());
        List<ActFormOptions.Member> members = facts.members().stream()
                .map(m -> new ActFormOptions.Member(m.id(), m.name(), m.relation())).toList();
        List<ActFormOptions.Staff> staff = new ArrayList<>();
        for (UserAccountService.StaffMember s : accounts.activeUsersOfAgency(ctx.teamAgencyId())) {
            staff.add(new ActFormOptions.Staff(s.id(), s.fullName(),
                    accounts.accountById(s.id()).map(a -> roleKey(a.getRoles())).orElse(null)));
        }
        UserAccount me = access.me();
        return new ActFormOptions(caseId, ctx.familyName(), today, family.getAddress(), members, facts.childrenOn(today),
                staff, new ActFormOptions.Staff(me.getId(), me.getFullName(), roleKey(me.getRoles())));
    }

    /** A new act of the case, if every detail passes the act's rules; otherwise nothing is saved. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public HousingAct drawUp(long caseId, HousingActDetails details) {
        CaseContext ctx = access.toWrite(caseId);
        HousingActCheck.requireOpen(ctx.stage());
        ActFamily facts = facts(family(ctx), List.of());
        HousingAct act = HousingAct.drawUp(
                new HousingAct.About(ctx.caseId(), ctx.familyId(), ctx.familyName(), ctx.teamAgencyId()),
                details, facts, LocalDate.now(clock), writer());
        return acts.save(act);
    }

    /**
     * The act with new details, if it is still at the version the user opened and every detail passes
     * the act's rules; otherwise it stays as it was and the user is told why (or who changed it first).
     * The act stays about the children it was drawn up for.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public HousingAct revise(long actId, long version, HousingActDetails details) {
        HousingAct act = act(actId);
        CaseContext ctx = access.toWrite(act.getCaseId());
        HousingActCheck.requireOpen(ctx.stage());
        guard.atVersion(act, version);
        ActFamily facts = facts(family(ctx), act.getPresent());
        act.revise(details, new ActFamily(facts.members(), act.getChildren().stream().map(ActChild::place).toList()),
                LocalDate.now(clock), writer());
        return guard.flush(act);
    }

    /** The act as a printable PDF in the reader's language; the print is kept in the audit log. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public byte[] pdf(long actId, Locale locale) {
        HousingAct act = act(actId);
        CaseContext ctx = access.toRead(act.getCaseId());
        events.publishEvent(new AuditEvent(AuditEvent.Action.EXPORT, AUDIT_TYPE + "-pdf", actId, ctx.familyId(),
                ctx.familyName(), ctx.caseId(), null));
        return pdf.render(HousingActSheet.of(act, ctx.teamAgencyName(), false), locale);
    }

    private boolean mayWrite(CaseContext ctx) {
        return AssessmentAccess.writable(ctx);
    }

    private HousingAct act(long actId) {
        return acts.findById(actId).orElseThrow(RecordNotFoundException::new);
    }

    private Family family(CaseContext ctx) {
        return families.get(ctx.familyId()).orElseThrow(RecordNotFoundException::new);
    }

    /** The family's members now, and those named present in the act before (should the family's record have changed). */
    private static ActFamily facts(Family family, List<ActPresent> namedBefore) {
        List<ActFamily.Member> members = new ArrayList<>();
        family.getMembers().forEach(m -> members.add(new ActFamily.Member(m.getId(), m.getFullName(), m.getRelation(),
                m.getBirthDate())));
        for (ActPresent p : namedBefore) {
            if (members.stream().noneMatch(m -> m.id() == p.getMemberId())) {
                members.add(new ActFamily.Member(p.getMemberId(), p.getName(), p.getRelation(), null));
            }
        }
        return ActFamily.forNewAct(members);
    }

    private HousingAct.Writer writer() {
        UserAccount me = access.me();
        return new HousingAct.Writer(me.getUsername(), me.getFullName(), clock.instant());
    }

    private static String roleKey(Set<String> roles) {
        for (String role : List.of(AppRoles.SUPERVISOR, AppRoles.CURATOR, AppRoles.INTAKE)) {
            if (roles.contains(role)) {
                return "role." + role;
            }
        }
        return null;
    }
}
