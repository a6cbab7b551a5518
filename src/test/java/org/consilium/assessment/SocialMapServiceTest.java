package org.consilium.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.casefile.SharingService;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The social map on MariaDB: written by the case's curator while the version is in progress, read by
 * the team, refused to partners, the family and another team; bad input refused at its field; a stale
 * change refused; copied into the next version, the completed one kept as it was.
 */
@MariaDbTest
class SocialMapServiceTest {

    @Autowired
    SocialMapService socialMap;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TestCases testCases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SharingService sharing;


    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private long caseId;
    private long assessmentId;

    @BeforeEach
    void aCaseWithItsInitialAssessmentStarted() {
        caseId = testCases.openCaseForDemoCurator();
        assessmentId = start(caseId, AssessmentKind.INITIAL);
    }

    private long start(long ofCase, AssessmentKind kind) {
        return signedIn.as("curator", () -> assessments.start(ofCase, kind).assessmentId());
    }

    private SocialMapSheet asCurator(Supplier<SocialMapSheet> call) {
        return signedIn.as("curator", call);
    }

    private static SocialMapSheet.Member member(SocialMapSheet s, String name) {
        return s.members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** Марія (mother), Андрій (son), Петро (father, apart); close mother–son, conflict mother–father; grandmother and school. */
    private SocialMapSheet aMap(long onAssessment) {
        asCurator(() -> socialMap.addMember(onAssessment, new SocialMapMemberDetails("Марія", SocialMapRole.MOTHER, 37, false)));
        asCurator(() -> socialMap.addMember(onAssessment, new SocialMapMemberDetails("Андрій", SocialMapRole.SON, 13, false)));
        SocialMapSheet s = asCurator(() -> socialMap.addMember(onAssessment,
                new SocialMapMemberDetails("Петро", SocialMapRole.FATHER, null, true)));
        long maria = member(s, "Марія").id();
        long andrii = member(s, "Андрій").id();
        long petro = member(s, "Петро").id();
        asCurator(() -> socialMap.addRelation(onAssessment,
                new SocialMapRelationDetails(maria, andrii, SocialMapRelationKind.CLOSE, null)));
        asCurator(() -> socialMap.addRelation(onAssessment,
                new SocialMapRelationDetails(maria, petro, SocialMapRelationKind.CONFLICT, "Суперечки через аліменти")));
        asCurator(() -> socialMap.addContact(onAssessment, new SocialMapContactDetails("Бабуся Ганна",
                SocialMapContactKind.RELATIVE, SocialMapStrength.STRONG, null, "Забирає дітей зі школи")));
        return asCurator(() -> socialMap.addContact(onAssessment, new SocialMapContactDetails("Школа № 12",
                SocialMapContactKind.SCHOOL, SocialMapStrength.MODERATE, andrii, null)));
    }

    @Test
    void the_curator_puts_the_family_its_relations_and_network_on_the_map_and_the_team_reads_it() {
        List<SocialMapService.MemberOption> options = signedIn.as("curator", () -> socialMap.memberOptions(assessmentId));
        assertThat(options).extracting(SocialMapService.MemberOption::name, SocialMapService.MemberOption::role)
                .containsExactly(tuple("Олена Савченко", SocialMapRole.MOTHER), tuple("Ігор Савченко", SocialMapRole.SON));
        assertThat(options.get(1).age()).isBetween(10, 14);

        SocialMapSheet written = aMap(assessmentId);
        assertThat(written.writable()).isTrue();

        String teamCurator = staff.create("smc.", "Колега З Команди", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "team-curator-1");
        SocialMapSheet read = signedIn.as(teamCurator, () -> socialMap.sheet(caseId, null));
        assertThat(read.assessmentId()).isEqualTo(assessmentId);
        assertThat(read.writable()).isFalse();
        assertThat(read.members()).extracting(SocialMapSheet.Member::name, SocialMapSheet.Member::role,
                        SocialMapSheet.Member::age, SocialMapSheet.Member::livesApart, SocialMapSheet.Member::child)
                .containsExactly(tuple("Марія", SocialMapRole.MOTHER, 37, false, false),
                        tuple("Андрій", SocialMapRole.SON, 13, false, true),
                        tuple("Петро", SocialMapRole.FATHER, null, true, false));
        assertThat(read.relations()).extracting(SocialMapSheet.Tie::firstName, SocialMapSheet.Tie::secondName,
                        SocialMapSheet.Tie::kind, SocialMapSheet.Tie::note)
                .containsExactly(tuple("Марія", "Андрій", SocialMapRelationKind.CLOSE, null),
                        tuple("Марія", "Петро", SocialMapRelationKind.CONFLICT, "Суперечки через аліменти"));
        assertThat(read.contacts()).extracting(SocialMapSheet.Contact::name, SocialMapSheet.Contact::strength,
                        SocialMapSheet.Contact::memberName)
                .containsExactly(tuple("Бабуся Ганна", SocialMapStrength.STRONG, null),
                        tuple("Школа № 12", SocialMapStrength.MODERATE, "Андрій"));
        assertThat(signedIn.as("supervisor", () -> socialMap.sheet(caseId, assessmentId)).writable()).isTrue();

        assertThatThrownBy(() -> signedIn.as(teamCurator, () -> socialMap.addMember(assessmentId,
                new SocialMapMemberDetails("Ірина", SocialMapRole.OTHER_ADULT, null, false))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'VIEW' AND entity_type = 'social-map'"
                + " AND entity_id = ? AND case_id = ?", Long.class, assessmentId, caseId)).isEqualTo(2);
        signedIn.as("curator", () -> socialMap.export(caseId, assessmentId));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'social-map'"
                + " AND entity_id = ?", Long.class, assessmentId)).isEqualTo(1);
    }

    private void assertRefusedAt(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.getField()).as("field of %s", e.getMessageKey()).contains(field);
            assertThat(e.getMessageKey()).isEqualTo(key);
        });
    }

    @Test
    void bad_input_is_refused_at_the_field_the_form_binds_and_nothing_of_it_is_saved() {
        SocialMapSheet s = aMap(assessmentId);
        long maria = member(s, "Марія").id();
        long andrii = member(s, "Андрій").id();
        long elsewhere = member(aMap(start(testCases.openCaseForDemoCurator(), AssessmentKind.INITIAL)), "Марія").id();

        assertRefusedAt(() -> asCurator(() -> socialMap.addMember(assessmentId,
                new SocialMapMemberDetails("  ", SocialMapRole.MOTHER, null, false))), "name", "validation.required");
        assertRefusedAt(() -> asCurator(() -> socialMap.addMember(assessmentId,
                new SocialMapMemberDetails("Ірина", null, null, false))), "role", "validation.required");
        assertRefusedAt(() -> asCurator(() -> socialMap.addMember(assessmentId,
                new SocialMapMemberDetails("Ірина", SocialMapRole.GRANDMOTHER, 130, false))), "age", "socialMap.member.ageRange");
        assertRefusedAt(() -> asCurator(() -> socialMap.addMember(assessmentId,
                new SocialMapMemberDetails("І".repeat(121), SocialMapRole.GRANDMOTHER, null, false))), "name", "validation.maxLength");
        assertRefusedAt(() -> asCurator(() -> socialMap.addRelation(assessmentId,
                new SocialMapRelationDetails(maria, maria, SocialMapRelationKind.CLOSE, null))), "second", "socialMap.relation.self");
        assertRefusedAt(() -> asCurator(() -> socialMap.addRelation(assessmentId,
                new SocialMapRelationDetails(andrii, maria, SocialMapRelationKind.DISTANT, null))), "second",
                "socialMap.relation.duplicate");
        assertRefusedAt(() -> asCurator(() -> socialMap.addRelation(assessmentId,
                new SocialMapRelationDetails(elsewhere, andrii, SocialMapRelationKind.CLOSE, null))), "first",
                "socialMap.member.unknown");
        assertRefusedAt(() -> asCurator(() -> socialMap.addRelation(assessmentId,
                new SocialMapRelationDetails(maria, null, SocialMapRelationKind.CLOSE, null))), "second", "validation.required");
        long petro = member(s, "Петро").id();
        assertRefusedAt(() -> asCurator(() -> socialMap.addRelation(assessmentId,
                new SocialMapRelationDetails(andrii, petro, null, null))), "kind", "validation.required");
        assertRefusedAt(() -> asCurator(() -> socialMap.addContact(assessmentId, new SocialMapContactDetails("Сусідка",
                SocialMapContactKind.NEIGHBOUR, null, null, null))), "strength", "validation.required");
        assertRefusedAt(() -> asCurator(() -> socialMap.addContact(assessmentId, new SocialMapContactDetails("",
                SocialMapContactKind.NEIGHBOUR, SocialMapStrength.WEAK, null, null))), "name", "validation.required");
        assertRefusedAt(() -> asCurator(() -> socialMap.addContact(assessmentId, new SocialMapContactDetails("Сусідка",
                SocialMapContactKind.NEIGHBOUR, SocialMapStrength.WEAK, elsewhere, null))), "member", "socialMap.member.unknown");
        assertRefusedAt(() -> asCurator(() -> socialMap.addContact(assessmentId, new SocialMapContactDetails("Сусідка",
                SocialMapContactKind.NEIGHBOUR, SocialMapStrength.WEAK, null, "н".repeat(501)))), "note", "validation.maxLength");
        SocialMapSheet.Tie close = s.relations().get(0);
        assertRefusedAt(() -> asCurator(() -> socialMap.editRelation(close.id(), close.version(),
                new SocialMapRelationDetails(andrii, andrii, SocialMapRelationKind.CLOSE, null))), "second", "socialMap.relation.self");

        SocialMapSheet after = signedIn.as("curator", () -> socialMap.sheet(caseId, assessmentId));
        assertThat(after.members()).hasSize(3);
        assertThat(after.relations()).extracting(SocialMapSheet.Tie::firstId, SocialMapSheet.Tie::secondId)
                .containsExactly(tuple(maria, andrii), tuple(maria, petro));
        assertThat(after.contacts()).hasSize(2);
    }

    @Test
    void a_change_on_a_stale_version_is_refused_and_names_who_saved_first() {
        SocialMapSheet s = aMap(assessmentId);
        SocialMapSheet.Member maria = member(s, "Марія");
        SocialMapSheet changed = signedIn.as("supervisor", () -> socialMap.editMember(maria.id(), maria.version(),
                new SocialMapMemberDetails("Марія Коваленко", SocialMapRole.MOTHER, 38, false)));
        assertThat(member(changed, "Марія Коваленко").version()).isGreaterThan(maria.version());

        assertThatThrownBy(() -> asCurator(() -> socialMap.editMember(maria.id(), maria.version(),
                new SocialMapMemberDetails("Марія", SocialMapRole.MOTHER, 37, false))))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.getChangedBy()).isNotBlank());
        assertThatThrownBy(() -> asCurator(() -> socialMap.removeMember(maria.id(), maria.version())))
                .isInstanceOf(EditConflictException.class);
        SocialMapSheet.Contact grandmother = s.contacts().get(0);
        asCurator(() -> socialMap.editContact(grandmother.id(), grandmother.version(), new SocialMapContactDetails("Бабуся Ганна",
                SocialMapContactKind.RELATIVE, SocialMapStrength.MODERATE, null, null)));
        assertThatThrownBy(() -> asCurator(() -> socialMap.removeContact(grandmother.id(), grandmother.version())))
                .isInstanceOf(EditConflictException.class);
        assertThat(signedIn.as("curator", () -> socialMap.sheet(caseId, null)).members())
                .extracting(SocialMapSheet.Member::name).contains("Марія Коваленко");
    }

    @Test
    void taking_a_member_off_the_map_takes_their_relations_and_ties_their_network_to_the_whole_family() {
        SocialMapSheet s = aMap(assessmentId);
        SocialMapSheet.Member andrii = member(s, "Андрій");

        SocialMapSheet after = asCurator(() -> socialMap.removeMember(andrii.id(), andrii.version()));

        assertThat(after.members()).extracting(SocialMapSheet.Member::name).containsExactly("Марія", "Петро");
        assertThat(after.relations()).extracting(SocialMapSheet.Tie::kind).containsExactly(SocialMapRelationKind.CONFLICT);
        assertThat(after.contacts()).extracting(SocialMapSheet.Contact::name, SocialMapSheet.Contact::memberId)
                .containsExactly(tuple("Бабуся Ганна", null), tuple("Школа № 12", null));
        SocialMapSheet.Tie conflict = after.relations().get(0);
        SocialMapSheet cleared = asCurator(() -> socialMap.removeRelation(conflict.id(), conflict.version()));
        assertThat(cleared.relations()).isEmpty();
    }

    /** Answers safety and every domain, then completes the version, as the curator would. */
    private void complete(long id) {
        signedIn.as("curator", () -> {
            SafetyDetails safe = new SafetyDetails();
            safe.setSafety(ChildSafety.SAFE);
            AssessmentSheet a = assessments.answerSafety(id, assessments.sheet(caseId, id).version(), safe);
            for (Domain d : Domain.values()) {
                DomainDetails details = new DomainDetails();
                details.setObserved("Спостереження");
                details.setAssessedOn(LocalDate.now(clock));
                a = assessments.writeDomain(id, a.version(), d, details);
            }
            return assessments.complete(id, a.version());
        });
    }

    @Test
    void a_new_version_starts_with_a_copy_of_the_map_and_the_completed_one_is_kept_read_only() {
        SocialMapSheet first = aMap(assessmentId);
        complete(assessmentId);
        long inDepth = start(caseId, AssessmentKind.IN_DEPTH);

        SocialMapSheet copy = signedIn.as("curator", () -> socialMap.sheet(caseId, null));
        assertThat(copy.assessmentId()).isEqualTo(inDepth);
        assertThat(copy.number()).isEqualTo(2);
        assertThat(copy.writable()).isTrue();
        assertThat(copy.versions()).extracting(SocialMapSheet.Version::assessmentId).containsExactly(assessmentId, inDepth);
        assertThat(copy.members()).extracting(SocialMapSheet.Member::name, SocialMapSheet.Member::role,
                SocialMapSheet.Member::age, SocialMapSheet.Member::livesApart)
                .containsExactlyElementsOf(first.members().stream().map(m -> tuple(m.name(), m.role(), m.age(), m.livesApart())).toList());
        assertThat(copy.members()).extracting(SocialMapSheet.Member::id)
                .doesNotContainAnyElementsOf(first.members().stream().map(SocialMapSheet.Member::id).toList());
        assertThat(copy.relations()).extracting(SocialMapSheet.Tie::firstName, SocialMapSheet.Tie::secondName,
                SocialMapSheet.Tie::kind, SocialMapSheet.Tie::note)
                .containsExactlyElementsOf(first.relations().stream().map(t -> tuple(t.firstName(), t.secondName(), t.kind(),
                        t.note())).toList());
        assertThat(copy.relations()).allSatisfy(t -> assertThat(copy.members()).extracting(SocialMapSheet.Member::id)
                .contains(t.firstId(), t.secondId()));
        assertThat(copy.contacts()).extracting(SocialMapSheet.Contact::name, SocialMapSheet.Contact::strength,
                SocialMapSheet.Contact::memberName, SocialMapSheet.Contact::note)
                .containsExactly(tuple("Бабуся Ганна", SocialMapStrength.STRONG, null, "Забирає дітей зі школи"),
                        tuple("Школа № 12", SocialMapStrength.MODERATE, "Андрій", null));
        assertThat(copy.contacts().get(1).memberId()).isEqualTo(member(copy, "Андрій").id());

        SocialMapSheet.Member copiedMaria = member(copy, "Марія");
        asCurator(() -> socialMap.editMember(copiedMaria.id(), copiedMaria.version(),
                new SocialMapMemberDetails("Марія", SocialMapRole.MOTHER, 38, false)));
        SocialMapSheet old = signedIn.as("curator", () -> socialMap.sheet(caseId, assessmentId));
        assertThat(old.writable()).isFalse();
        assertThat(member(old, "Марія").age()).isEqualTo(37);
        assertThat(old.members()).hasSize(3);

        SocialMapSheet.Member oldMaria = member(old, "Марія");
        assertThatThrownBy(() -> asCurator(() -> socialMap.addMember(assessmentId,
                new SocialMapMemberDetails("Ірина", SocialMapRole.OTHER_ADULT, null, false))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("socialMap.readOnly"));
        assertThatThrownBy(() -> asCurator(() -> socialMap.editMember(oldMaria.id(), oldMaria.version(),
                new SocialMapMemberDetails("Марія", SocialMapRole.MOTHER, 40, false))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("socialMap.readOnly"));
        SocialMapSheet.Contact oldSchool = old.contacts().get(1);
        assertThatThrownBy(() -> asCurator(() -> socialMap.removeContact(oldSchool.id(), oldSchool.version())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("socialMap.readOnly"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM social_map_member WHERE assessment_id = ?", Long.class,
                assessmentId)).isEqualTo(3);
    }

    @Test
    void a_case_without_an_assessment_has_no_map_yet() {
        long fresh = testCases.openCaseForDemoCurator();
        SocialMapSheet none = signedIn.as("curator", () -> socialMap.sheet(fresh, null));
        assertThat(none.assessmentId()).isNull();
        assertThat(none.versions()).isEmpty();
        assertThat(none.writable()).isFalse();
    }

    @Test
    void partners_taking_part_the_family_and_staff_of_another_team_are_refused_every_call() {
        Agency school = staff.agencyOf(AgencyType.SCHOOL);
        Agency police = staff.agencyOf(AgencyType.POLICE);
        Agency health = staff.agencyOf(AgencyType.HEALTH);
        signedIn.as("curator", () -> {
            sharing.addParticipant(caseId, school.getId());
            sharing.addParticipant(caseId, police.getId());
            sharing.addParticipant(caseId, health.getId());
            return sharing.recordConsent(caseId, "Савченко Олена", Set.of(AgencyType.SCHOOL, AgencyType.POLICE, AgencyType.HEALTH),
                    LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusYears(1));
        });
        SocialMapSheet s = aMap(assessmentId);
        SocialMapSheet.Member m = s.members().get(0);
        SocialMapSheet.Tie t = s.relations().get(0);
        SocialMapSheet.Contact c = s.contacts().get(0);
        SocialMapMemberDetails md = new SocialMapMemberDetails("Ірина", SocialMapRole.OTHER_ADULT, null, false);
        SocialMapRelationDetails rd = new SocialMapRelationDetails(t.firstId(), t.secondId(), SocialMapRelationKind.DISTANT, null);
        SocialMapContactDetails cd = new SocialMapContactDetails("Сусідка", SocialMapContactKind.NEIGHBOUR,
                SocialMapStrength.WEAK, null, null);
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("sheet", () -> socialMap.sheet(caseId, null));
        calls.put("export", () -> socialMap.export(caseId, assessmentId));
        calls.put("memberOptions", () -> socialMap.memberOptions(assessmentId));
        calls.put("addMember", () -> socialMap.addMember(assessmentId, md));
        calls.put("editMember", () -> socialMap.editMember(m.id(), m.version(), md));
        calls.put("removeMember", () -> socialMap.removeMember(m.id(), m.version()));
        calls.put("addRelation", () -> socialMap.addRelation(assessmentId, rd));
        calls.put("editRelation", () -> socialMap.editRelation(t.id(), t.version(), rd));
        calls.put("removeRelation", () -> socialMap.removeRelation(t.id(), t.version()));
        calls.put("addContact", () -> socialMap.addContact(assessmentId, cd));
        calls.put("editContact", () -> socialMap.editContact(c.id(), c.version(), cd));
        calls.put("removeContact", () -> socialMap.removeContact(c.id(), c.version()));

        List<String> refused = List.of("school", "police", "health", familyAccount(),
                staff.createInAnotherTeam("smo.", "Куратор Іншого Центру", AppRoles.CURATOR, "other-team-1"),
                staff.createInAnotherTeam("sms.", "Супервізор Іншого Центру", AppRoles.SUPERVISOR, "other-team-2"));
        for (String user : refused) {
            calls.forEach((name, call) -> assertThatThrownBy(() -> signedIn.as(user, call))
                    .as("%s calling %s", user, name).isInstanceOf(AccessDeniedException.class));
        }
        SocialMapSheet after = signedIn.as("curator", () -> socialMap.sheet(caseId, null));
        assertThat(after.members()).isEqualTo(s.members());
        assertThat(after.relations()).isEqualTo(s.relations());
        assertThat(after.contacts()).isEqualTo(s.contacts());
    }

    /** An account of the case's own family. */
    private String familyAccount() {
        long familyId = jdbc.queryForObject("SELECT family_id FROM family_case WHERE id = ?", Long.class, caseId);
        String username = staff.createForFamily("smf.", "Олена Савченко", testCases.family(familyId), "social-map-family-1");
        return username;
    }
}
