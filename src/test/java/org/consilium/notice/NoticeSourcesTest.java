package org.consilium.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.consilium.agency.AgencyType;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
import org.consilium.casefile.DueCases;
import org.consilium.meeting.MeetingDetails;
import org.consilium.meeting.MeetingKind;
import org.consilium.meeting.MeetingService;
import org.consilium.referral.OverdueReferrals;
import org.consilium.request.AnswerService;
import org.consilium.request.RequestDetails;
import org.consilium.request.RequestService;
import org.consilium.security.AppRoles;
import org.consilium.testing.Eventually;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.consilium.testing.TestRequests;
import org.consilium.testing.TestRequests.RequestCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The other sources of notices: an information request tells its addressees and its sender, a meeting
 * those invited, a case its curator (handed over, review due) and intake of a referral waiting too long;
 * the checks of due work tell each once.
 */
@MariaDbTest
class NoticeSourcesTest {

    @Autowired
    TestRequests testRequests;

    @Autowired
    TestPlans testPlans;

    @Autowired
    TestCases testCases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    RequestService requests;

    @Autowired
    AnswerService answers;

    @Autowired
    MeetingService meetings;

    @Autowired
    CaseService cases;

    @Autowired
    DueCases dueCases;

    @Autowired
    OverdueReferrals overdueReferrals;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_request_tells_the_school_that_receives_it_with_the_family_it_names_and_the_school_asking_back_tells_the_curator() {
        RequestCase c = testRequests.caseWithPupil(false);
        RequestDetails d = TestRequests.characterisation(c);
        d.setLegalBasis("Запит служби у справах дітей для оцінки потреб дитини");
        long requestId = signedIn.as("curator", () -> requests.send(c.caseId(), d)).getId();
        Eventually.until("the school is told", () -> count(c.schoolUser(), "request.RECEIVED", c.caseId()) == 1);
        Map<String, Object> received = notice(c.schoolUser(), "request.RECEIVED", c.caseId());
        // Without the family's consent the school does not see the case, but it reads the request, which names the family.
        assertThat(received.get("family_name")).isEqualTo("Юрченко");
        assertThat(received.get("link")).isEqualTo("request/" + requestId);

        signedIn.as(c.schoolUser(), () -> answers.ask(requestId, "Уточніть, будь ласка, за який період"));
        Eventually.until("the curator is told of the question", () -> count("curator", "request.QUESTION", c.caseId()) == 1);
        assertThat(notice("curator", "request.QUESTION", c.caseId()).get("actor_name")).isNotNull();
    }

    @Test
    void a_meeting_tells_those_invited_with_its_title() {
        PlanningCase c = testPlans.caseInPlanning();
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.CASE_CONFERENCE);
        d.setCaseId(c.caseId());
        d.setTitle("Консиліум щодо Савченків");
        d.setDay(LocalDate.now().plusDays(30 + (int) (c.caseId() % 200)));
        d.setStartsAt(LocalTime.of(9, 0));
        d.setEndsAt(LocalTime.of(10, 0));
        d.setAgencyIds(Set.of(staff.agencyOf(AgencyType.SCHOOL).getId()));
        d.setMemberIds(Set.of(c.motherId()));
        long meetingId = signedIn.as("curator", () -> meetings.schedule(d)).getId();
        Eventually.until("the school is told", () -> count("school", "meeting.INVITED", c.caseId()) == 1);
        Eventually.until("the family is told", () -> count(c.familyUser(), "meeting.INVITED", c.caseId()) == 1);
        Map<String, Object> invited = notice("school", "meeting.INVITED", c.caseId());
        assertThat(invited.get("subject")).isEqualTo("Консиліум щодо Савченків");
        assertThat(invited.get("link")).isEqualTo("meeting/" + meetingId);
        assertThat(count("curator", "meeting.INVITED", c.caseId())).isZero();
    }

    @Test
    void the_curator_is_told_of_a_case_handed_to_them_and_once_of_its_review_due() {
        String other = staff.createBeside("curator", "cur", "Оксана Левченко", AppRoles.CURATOR, "curator-pass-1");
        long caseId = testCases.openCaseForDemoCurator();
        signedIn.as("supervisor", () -> cases.changeCurator(caseId, testCases.version(caseId), staff.idOf(other), true));
        Eventually.until("the new curator is told", () -> count(other, "case.ASSIGNED", caseId) == 1);
        Eventually.until("the former curator is told", () -> count("curator", "case.UNASSIGNED", caseId) == 1);

        jdbc.update("UPDATE family_case SET stage = 'REVIEW', stage_due_on = ? WHERE id = ?", LocalDate.now().minusDays(1), caseId);
        assertThat(dueCases.check(LocalDate.now())).isPositive();
        Eventually.until("the curator is told the review is due", () -> count(other, "case.REVIEW_DUE", caseId) == 1);
        dueCases.check(LocalDate.now());
        Eventually.allEventsDelivered(jdbc);
        assertThat(count(other, "case.REVIEW_DUE", caseId)).isEqualTo(1);
    }

    @Test
    void the_curator_is_told_once_when_the_first_follow_up_contact_of_a_closed_case_is_due() {
        long caseId = testCases.openCaseForDemoCurator();
        signedIn.as("curator", () -> cases.close(caseId, testCases.version(caseId),
                ClosureDetails.of(ClosureReason.GOALS_ACHIEVED, "", "Андрій ходить до школи")));
        LocalDate due = jdbc.queryForObject("SELECT stage_due_on FROM family_case WHERE id = ?", LocalDate.class, caseId);
        assertThat(dueCases.check(due.minusDays(1))).as("not yet").isGreaterThanOrEqualTo(0);
        Eventually.allEventsDelivered(jdbc);
        assertThat(count("curator", "case.FOLLOW_UP_DUE", caseId)).isZero();
        dueCases.check(due);
        Eventually.until("the curator is told the follow-up is due", () -> count("curator", "case.FOLLOW_UP_DUE", caseId) == 1);
        dueCases.check(due);
        Eventually.allEventsDelivered(jdbc);
        assertThat(count("curator", "case.FOLLOW_UP_DUE", caseId)).isEqualTo(1);
    }

    @Test
    void intake_is_told_once_of_a_referral_that_waits_past_its_response_time() {
        long referralId = testCases.newReferral(SignedIn.unique("Чекає"));
        jdbc.update("UPDATE referral SET due_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(60)),
                referralId);
        overdueReferrals.check();
        String once = "referral-overdue:" + referralId;
        Eventually.until("intake is told", () -> onceCount("intake", once) == 1);
        overdueReferrals.check();
        Eventually.allEventsDelivered(jdbc);
        assertThat(onceCount("intake", once)).isEqualTo(1);
    }

    private int onceCount(String username, String once) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM notice n JOIN user_account u ON u.id = n.recipient_id
                WHERE u.username = ? AND n.once_key = ?""", Integer.class, username, once);
    }

    private int count(String username, String kind, long caseId) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM notice n JOIN user_account u ON u.id = n.recipient_id
                WHERE u.username = ? AND n.kind = ? AND n.case_id = ?""", Integer.class, username, kind, caseId);
    }

    private Map<String, Object> notice(String username, String kind, long caseId) {
        return jdbc.queryForMap("""
                SELECT n.* FROM notice n JOIN user_account u ON u.id = n.recipient_id
                WHERE u.username = ? AND n.kind = ? AND n.case_id = ? ORDER BY n.id DESC LIMIT 1""", username, kind, caseId);
    }
}
