package org.consilium.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestAgreements;
import org.consilium.testing.TestAgreements.AssessmentCase;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@MariaDbTest
class FirstMeetingServiceTest {

    @Autowired
    FirstMeetingService meetings;

    @Autowired
    TestAgreements testAgreements;

    @Autowired
    TestCases testCases;

    @Autowired
    CaseService cases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    private AssessmentCase c;

    @BeforeEach
    void aCaseInAssessment() {
        c = testAgreements.caseInAssessment();
    }

    private FirstMeetingDetails details() {
        FirstMeetingDetails d = FirstMeetingDetails.heldOn(LocalDate.now().minusDays(2));
        d.setPlace("Удома в сім’ї");
        d.setMembers(Set.of(c.motherId(), c.childId()));
        d.setOtherParticipants("Шкільний психолог Марина Дмитренко");
        d.setNeeds("Допомога з оформленням субсидії\nГурток для Ігоря після школи");
        d.setMotivation(FirstMeetingMotivation.HIGH);
        return d;
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void the_curator_records_the_first_meeting_and_reads_it_with_the_needs_the_family_named() {
        assertThat(signedIn.as("curator", () -> meetings.firstMeeting(c.caseId()))).isEmpty();
        assertThat(signedIn.as("curator", () -> meetings.mayWrite(c.caseId()))).isTrue();
        assertThat(signedIn.as("curator", () -> meetings.familyMembers(c.caseId())))
                .extracting(CooperationMember::fullName).containsExactly("Савченко Олена", "Савченко Ігор");

        FirstMeeting m = signedIn.as("curator", () -> meetings.record(c.caseId(), details()));

        FirstMeetingSheet s = signedIn.as("curator", () -> meetings.firstMeeting(c.caseId())).orElseThrow();
        assertThat(s.id()).isEqualTo(m.getId());
        assertThat(s.familyPresent()).containsExactly("Савченко Ігор", "Савченко Олена");
        assertThat(s.memberIds()).containsExactly(c.childId(), c.motherId());
        assertThat(s.namedNeeds()).containsExactly("Допомога з оформленням субсидії", "Гурток для Ігоря після школи");
        assertThat(s.motivation()).isEqualTo(FirstMeetingMotivation.HIGH);
        assertThat(s.recordedByName()).isEqualTo("Ірина Коваль");
        assertThat(s.changedAt()).isNull();
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'VIEW' AND entity_type = 'first-meeting'"
                + " AND entity_id = ? AND case_id = ?", m.getId(), c.caseId())).isEqualTo(1L);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'CHANGE' AND entity_id = ? AND family_id = ?",
                m.getId(), c.familyId())).isPositive();
    }

    @Test
    void the_record_is_corrected_at_the_version_read_and_a_stale_correction_is_refused() {
        FirstMeeting m = signedIn.as("curator", () -> meetings.record(c.caseId(), details()));
        FirstMeetingDetails correction = details();
        correction.setPlace("У центрі соціальних служб");
        correction.setMembers(Set.of(c.motherId()));
        signedIn.as("supervisor", () -> meetings.change(c.caseId(), m.getVersion(), correction));

        FirstMeetingDetails late = details();
        late.setPlace("Інше місце");
        assertThatThrownBy(() -> signedIn.as("curator", () -> meetings.change(c.caseId(), m.getVersion(), late)))
                .isInstanceOfSatisfying(EditConflictException.class,
                        e -> assertThat(e.getChangedBy()).isEqualTo("Андрій Мороз"));

        FirstMeetingSheet s = signedIn.as("curator", () -> meetings.firstMeeting(c.caseId())).orElseThrow();
        assertThat(s.place()).isEqualTo("У центрі соціальних служб");
        assertThat(s.familyPresent()).containsExactly("Савченко Олена");
        assertThat(s.changedAt()).isNotNull();
        assertThat(s.changedByName()).isEqualTo("Андрій Мороз");
    }

    @Test
    void a_second_first_meeting_is_refused_and_a_refused_one_leaves_nothing_saved() {
        FirstMeetingDetails stranger = details();
        long otherFamilysMember = jdbc.queryForObject(
                "SELECT MIN(id) FROM family_member WHERE family_id <> ?", Long.class, c.familyId());
        stranger.setMembers(Set.of(c.motherId(), otherFamilysMember));
        assertThatThrownBy(() -> signedIn.as("curator", () -> meetings.record(c.caseId(), stranger)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).contains(FirstMeetingDetails.MEMBERS);
                    assertThat(e.getMessageKey()).isEqualTo("assessment.firstMeeting.memberOfFamily");
                });
        assertThat(count("SELECT count(*) FROM first_meeting WHERE case_id = ?", c.caseId())).isZero();

        signedIn.as("curator", () -> meetings.record(c.caseId(), details()));
        assertThatThrownBy(() -> signedIn.as("curator", () -> meetings.record(c.caseId(), details())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("assessment.firstMeeting.exists"));
        assertThat(count("SELECT count(*) FROM first_meeting WHERE case_id = ?", c.caseId())).isEqualTo(1L);
    }

    @Test
    void a_curator_of_the_team_who_is_not_the_cases_curator_reads_but_does_not_write() {
        FirstMeeting m = signedIn.as("curator", () -> meetings.record(c.caseId(), details()));

        assertThat(signedIn.as(c.teamCurator(), () -> meetings.firstMeeting(c.caseId()))).isPresent();
        assertThat(signedIn.as(c.teamCurator(), () -> meetings.mayWrite(c.caseId()))).isFalse();
        assertThatThrownBy(() -> signedIn.as(c.teamCurator(), () -> meetings.familyMembers(c.caseId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(c.teamCurator(), () -> meetings.change(c.caseId(), m.getVersion(), details())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("SELECT version FROM first_meeting WHERE id = ?", m.getId())).isEqualTo(m.getVersion());

        AssessmentCase another = testAgreements.caseInAssessment();
        assertThatThrownBy(() -> signedIn.as(c.teamCurator(), () -> meetings.record(another.caseId(), details())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("SELECT count(*) FROM first_meeting WHERE case_id = ?", another.caseId())).isZero();
    }

    @Test
    void partners_taking_part_the_family_and_a_curator_of_another_team_are_refused_every_method() {
        FirstMeeting m = signedIn.as("curator", () -> meetings.record(c.caseId(), details()));
        // The school does take part in the case and may see what is shared with it.
        assertThat(signedIn.as("school", () -> cases.context(c.caseId(), CaseOperation.READ_SHARED))).isNotNull();

        Map<String, Supplier<Object>> calls = Map.of(
                "firstMeeting", () -> meetings.firstMeeting(c.caseId()),
                "mayWrite", () -> meetings.mayWrite(c.caseId()),
                "familyMembers", () -> meetings.familyMembers(c.caseId()),
                "record", () -> meetings.record(c.caseId(), details()),
                "change", () -> meetings.change(c.caseId(), m.getVersion(), details()));
        for (String user : List.of("school", "police", "health", c.familyUser(), c.otherTeamCurator())) {
            calls.forEach((name, call) -> assertThatThrownBy(() -> signedIn.as(user, call))
                    .as("%s calling %s", user, name).isInstanceOf(AccessDeniedException.class));
        }
        assertThat(count("SELECT version FROM first_meeting WHERE id = ?", m.getId())).isEqualTo(m.getVersion());
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'VIEW' AND entity_type = 'first-meeting'"
                + " AND entity_id = ?", m.getId())).isZero();
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'DENIED' AND case_id = ? AND username = ?",
                c.caseId(), c.otherTeamCurator())).isEqualTo(5L);
    }

    @Test
    void a_closed_case_keeps_its_first_meeting_readable_but_takes_no_new_one() {
        signedIn.as("curator", () -> cases.close(c.caseId(), testCases.version(c.caseId()),
                ClosureDetails.of(ClosureReason.FAMILY_MOVED, "", "Передано до іншої громади")));

        assertThat(signedIn.as("curator", () -> meetings.mayWrite(c.caseId()))).isFalse();
        assertThatThrownBy(() -> signedIn.as("curator", () -> meetings.record(c.caseId(), details())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("case.closed"));
        assertThat(count("SELECT count(*) FROM first_meeting WHERE case_id = ?", c.caseId())).isZero();
    }
}
