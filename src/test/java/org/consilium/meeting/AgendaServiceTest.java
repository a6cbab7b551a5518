package org.consilium.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseStage;
import org.consilium.plan.PlanService;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A territorial group's agenda on MariaDB: it offers what waits for a group decision in the team, the
 * organiser adds, orders and removes items, and nobody else touches it.
 */
@MariaDbTest
class AgendaServiceTest {

    @Autowired
    AgendaService agenda;

    @Autowired
    MeetingService meetings;

    @Autowired
    TestCases testCases;

    @Autowired
    TestPlans testPlans;

    @Autowired
    PlanService plans;

    @Autowired
    CaseService cases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Meeting group;

    @BeforeEach
    void aTerritorialGroupMeeting() {
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.TERRITORIAL_GROUP);
        d.setTitle("Територіальна група");
        d.setDay(LocalDate.now(clock).plusDays(3));
        d.setStartsAt(LocalTime.of(7, 0));
        d.setEndsAt(LocalTime.of(7, 30));
        d.setUserIds(Set.of(staff.idOf("curator")));
        d.setAgencyIds(Set.of(staff.agencyOf(AgencyType.POLICE).getId()));
        group = signedIn.as("supervisor", () -> meetings.schedule(d));
    }

    @Test
    void the_agenda_offers_the_work_that_waits_for_a_group_decision() {
        long atDecision = testCases.openCaseForDemoCurator();
        signedIn.as("curator", () -> cases.move(atDecision, testCases.version(atDecision), CaseStage.DECISION, null));
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        signedIn.as("curator", () -> plans.offer(planId, testPlans.planVersion(planId)));
        signedIn.as(c.familyUser(), () -> plans.acknowledge(planId, testPlans.planVersion(planId)));

        List<AgendaService.Candidate> offered = signedIn.as("supervisor", () -> agenda.candidates(group.getId()));
        assertThat(offered).contains(new AgendaService.Candidate(Topic.DECISION, atDecision, "Савченко"),
                new AgendaService.Candidate(Topic.PLAN_APPROVAL, c.caseId(), "Савченко"));
        assertThat(offered).anyMatch(x -> x.topic() == Topic.OVERRIDE_REVIEW && x.familyName().equals("Мельник"));
        assertThat(offered).anyMatch(x -> x.topic() == Topic.OVERDUE);

        signedIn.as("supervisor", () -> agenda.add(group.getId(), Topic.DECISION, atDecision, "Відкрити випадок?"));
        signedIn.as("supervisor", () -> agenda.add(group.getId(), Topic.PLAN_APPROVAL, c.caseId(), "Затвердити план?"));
        assertThat(signedIn.as("supervisor", () -> agenda.candidates(group.getId())))
                .doesNotContain(new AgendaService.Candidate(Topic.DECISION, atDecision, "Савченко"));
    }

    @Test
    void a_case_whose_curator_can_no_longer_work_it_waits_for_a_new_curator() {
        String leaving = staff.createBeside("curator", "cur.", "Кураторка Що Звільняється", AppRoles.CURATOR, "leaving-1");
        long caseId = testCases.openCaseFor(staff.idOf(leaving));
        Topic before = signedIn.as("supervisor", () -> agenda.candidates(group.getId())).stream()
                .filter(x -> Long.valueOf(caseId).equals(x.caseId()) && x.topic() == Topic.CURATOR_CHANGE).map(AgendaService.Candidate::topic)
                .findFirst().orElse(null);
        assertThat(before).as("a curator at work needs no change").isNull();

        jdbc.update("UPDATE user_account SET enabled = FALSE WHERE username = ?", leaving);
        assertThat(signedIn.as("supervisor", () -> agenda.candidates(group.getId())))
                .contains(new AgendaService.Candidate(Topic.CURATOR_CHANGE, caseId, "Савченко"));
    }

    @Test
    void the_organiser_orders_and_removes_items_and_a_question_is_required() {
        AgendaService.Item first = signedIn.as("supervisor", () -> agenda.add(group.getId(), null, null, "Графік чергувань"));
        AgendaService.Item second = signedIn.as("supervisor", () -> agenda.add(group.getId(), Topic.OTHER, null, "Навчання команди"));
        assertThat(first.topic()).isEqualTo(Topic.OTHER);
        List<AgendaService.Item> moved = signedIn.as("supervisor", () -> agenda.move(second.id(), -1));
        assertThat(moved).extracting(AgendaService.Item::question).containsExactly("Навчання команди", "Графік чергувань");
        signedIn.as("supervisor", () -> agenda.remove(first.id()));
        assertThat(signedIn.as("supervisor", () -> agenda.agenda(group.getId()))).extracting(AgendaService.Item::question)
                .containsExactly("Навчання команди");
        assertThatThrownBy(() -> signedIn.as("supervisor", () -> agenda.add(group.getId(), Topic.OTHER, null, "  ")))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).getField()).contains(AgendaItem.QUESTION));
    }

    @Test
    void nobody_but_the_chair_and_the_teams_supervisors_touches_the_agenda() {
        AgendaService.Item item = signedIn.as("supervisor", () -> agenda.add(group.getId(), Topic.OTHER, null, "Питання"));
        String otherSupervisor = staff.createInAnotherTeam("sup.", "Інший Керівник", AppRoles.SUPERVISOR, "other-team-1");
        for (String stranger : List.of("curator", otherSupervisor)) {
            assertThatThrownBy(() -> signedIn.as(stranger, () -> agenda.candidates(group.getId())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(stranger, () -> agenda.agenda(group.getId())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(stranger, () -> agenda.add(group.getId(), Topic.OTHER, null, "x")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(stranger, () -> agenda.move(item.id(), 1)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(stranger, () -> agenda.remove(item.id())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> signedIn.as("police", () -> agenda.agenda(group.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
