package org.consilium.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.consilium.agency.AgencyType;
import org.consilium.casefile.ClosureReason;
import org.consilium.meeting.Attendance;
import org.consilium.meeting.DecisionKind;
import org.consilium.meeting.MeetingDetails;
import org.consilium.meeting.MeetingKind;
import org.consilium.meeting.MeetingService;
import org.consilium.plan.MyTask;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.MeetingTimes;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The meeting room as its users meet it: the curator schedules a case conference and the school
 * accepts; in the room the curator marks who came, writes the minutes and decides to give the school a
 * task, which the school then finds under "My tasks"; at a closing meeting the family's view comes
 * before anything of the specialists.
 */
class MeetingRoomViewsTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeetingService meetings;

    @Autowired
    SignedIn signedIn;

    @Autowired
    org.consilium.testing.TestCases testCases;

    @Autowired
    org.consilium.meeting.AgendaService agenda;

    PlanningCase c;

    @BeforeEach
    void aCaseWithAPlanInForce() {
        c = testPlans.caseInPlanning();
        testPlans.agreeApproveActivate(c, testPlans.draftWithTasks(c));
    }

    /** The meeting begun half an hour ago (scheduled ahead, as users do): its room records now. */
    private void underWay(long meetingId) {
        MeetingTimes.underWay(jdbc, meetingId, java.time.Instant.now(), java.time.Duration.ofMinutes(30));
    }

    private void as(String user, String location) {
        signIn(user);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(location);
    }

    @Test
    void a_decision_in_the_room_gives_the_school_a_task_it_finds_under_my_tasks() {
        LocalDate day = LocalDate.now().plusDays(5 + (int) (c.caseId() % 50));
        as("curator", "case/" + c.caseId());
        _click(_get(CaseMeetingsPanel.class).schedule);
        ScheduleMeetingForm form = _get(ScheduleMeetingForm.class);
        form.title.setValue("Консиліум щодо Савченко");
        form.day.setValue(day);
        form.startsAt.setValue(LocalTime.of(14, 0));
        form.endsAt.setValue(LocalTime.of(15, 0));
        _click(form.save);
        if (form.isOpened() && form.clashWarning.isVisible()) {
            _click(form.save);
        }
        assertThat(form.isOpened()).isFalse();
        long meetingId = jdbc.queryForObject("SELECT MAX(id) FROM meeting WHERE case_id = ?", Long.class, c.caseId());

        as("school", "meetings");
        Div card = _find(_get(MyMeetingsView.class).list, Div.class).stream()
                .filter(x -> String.valueOf(meetingId).equals(x.getElement().getAttribute("data-meeting"))).findFirst().orElseThrow();
        _click(_get(card, Button.class, spec -> spec.withText("I will come")));

        as("curator", "meeting/" + meetingId);
        AgendaPart agenda = _get(AgendaPart.class);
        agenda.own.setValue("Як школа підтримає відвідування?");
        _click(agenda.addOwn);
        navigate("meeting-room/" + meetingId);
        assertThat(_get(MeetingRoomView.class).body.getElement().getTextRecursively())
                .as("before the meeting only the minutes are prepared").contains("The meeting has not begun yet");
        assertThat(_get(RoomItemPart.class).decide.isVisible()).isFalse();
        underWay(meetingId);
        navigate("meeting/" + meetingId);
        Anchor enter = _get(Anchor.class, spec -> spec.withClasses("meeting-room-link"));
        assertThat(enter.getHref()).isEqualTo("meeting-room/" + meetingId);
        navigate(enter.getHref());
        MeetingRoomView room = _get(MeetingRoomView.class);
        assertThat(room.title.getText()).contains("Консиліум щодо Савченко");
        assertThat(room.body.getElement().getTextRecursively()).contains("Minutes: draft", "Ірина Коваль",
                "Як школа підтримає відвідування?");

        // Who came: the school's representative.
        List<RadioButtonGroup> marks = _find(_get(AttendancePart.class), RadioButtonGroup.class);
        assertThat(marks).hasSizeGreaterThanOrEqualTo(2);
        for (RadioButtonGroup<?> mark : marks) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Attendance> m = (RadioButtonGroup<Attendance>) mark;
            m.setValue(Attendance.PRESENT);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_participant WHERE meeting_id = ? AND attendance = 'PRESENT'",
                Integer.class, meetingId)).isEqualTo(marks.size());

        RoomItemPart item = _get(RoomItemPart.class);
        item.minutes.setValue("Школа повідомила про 6 пропусків за місяць.");
        _click(item.saveMinutes);
        _click(_get(RoomItemPart.class).decide);
        DecisionForm decision = _get(DecisionForm.class);
        decision.kind.setValue(DecisionKind.ADD_TASK);
        decision.text.setValue("Класний керівник щотижня звітує про відвідування");
        decision.agencyId.setValue(staff.agencyOf(AgencyType.SCHOOL).getId());
        decision.description.setValue("Щотижня звітувати про відвідування");
        decision.dueOn.setValue(LocalDate.now().minusDays(1));
        _click(decision.save);
        assertThat(decision.isOpened()).as("a due date in the past is refused at the field").isTrue();
        assertThat(decision.dueOn.isInvalid()).isTrue();
        decision.dueOn.setValue(LocalDate.now().plusDays(30));
        _click(decision.save);
        assertThat(decision.isOpened()).isFalse();
        assertThat(_get(MeetingRoomView.class).body.getElement().getTextRecursively())
                .contains("Add a specialist’s task to the plan: Класний керівник щотижня звітує про відвідування",
                        "The task is in the plan");

        as("school", "my-tasks");
        @SuppressWarnings("unchecked")
        Grid<MyTask> tasks = _get(Grid.class);
        assertThat(tasks.getGenericDataView().getItems().map(MyTask::description))
                .contains("Щотижня звітувати про відвідування");

        as("curator", "case/" + c.caseId());
        assertThat(_find(Div.class, spec -> spec.withClasses("timeline-note")).stream()
                .map(d -> d.getElement().getTextRecursively()))
                .anySatisfy(t -> assertThat(t).contains("Meeting “Консиліум щодо Савченко” added a task to the plan"));
    }

    @Test
    void the_closing_meeting_records_the_family_s_view_before_anything_of_the_specialists() {
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.CLOSING);
        d.setCaseId(c.caseId());
        d.setTitle("Завершальна зустріч");
        d.setDay(LocalDate.now().plusDays(3));
        d.setStartsAt(LocalTime.of(7, 0));
        d.setEndsAt(LocalTime.of(8, 0));
        d.setMemberIds(Set.of(c.motherId()));
        long id = signedIn.as("curator", () -> meetings.schedule(d)).getId();
        underWay(id);

        as("curator", "meeting/" + id);
        AgendaPart agenda = _get(AgendaPart.class);
        agenda.own.setValue("Закрити справу?");
        _click(agenda.addOwn);
        navigate("meeting-room/" + id);
        ClosingPart closing = _get(ClosingPart.class);
        assertThat(closing.getElement().getTextRecursively()).contains("The initial request", "The results of the plan",
                "Ігор щодня відвідує школу", "The way of the case");
        RoomItemPart item = _get(RoomItemPart.class);
        assertThat(item.decide.isEnabled()).as("the specialists wait for the family").isFalse();
        assertThat(item.getElement().getTextRecursively()).contains("the family speaks first");

        closing.familyView.setValue("Мама: нам стало легше, Ігор ходить до школи.");
        _click(closing.record);
        RoomItemPart after = _get(RoomItemPart.class);
        assertThat(after.decide.isEnabled()).isTrue();
        _click(after.decide);
        DecisionForm decision = _get(DecisionForm.class);
        assertThat(decision.kind.getValue()).isEqualTo(DecisionKind.CLOSE_CASE);
        decision.closureReason.setValue(ClosureReason.GOALS_ACHIEVED);
        decision.closureOutcome.setValue("Ігор регулярно відвідує школу, родина справляється сама");
        _click(decision.save);
        assertThat(decision.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("SELECT stage FROM family_case WHERE id = ?", String.class, c.caseId()))
                .isEqualTo("CLOSURE");

        as(c.familyUser(), "meeting/" + id);
        MeetingView page = _get(MeetingView.class);
        assertThat(page.minutesPart.getElement().getTextRecursively())
                .contains("Мама: нам стало легше", "Close the case")
                .doesNotContain("Ірина Коваль, ");
    }

    @Test
    void the_territorial_group_opens_a_case_from_a_verified_referral_in_the_room() {
        org.consilium.referral.Referral r = testCases.verifiedReferralForNewFamily();
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.TERRITORIAL_GROUP);
        d.setTitle("Територіальна група: звернення");
        d.setDay(LocalDate.now().plusDays(4));
        d.setStartsAt(LocalTime.of(5, 0));
        d.setEndsAt(LocalTime.of(6, 0));
        d.setUserIds(Set.of(staff.idOf("curator")));
        d.setAgencyIds(Set.of(staff.agencyOf(AgencyType.POLICE).getId()));
        long id = signedIn.as("supervisor", () -> meetings.schedule(d)).getId();
        underWay(id);

        as("supervisor", "meeting/" + id);
        assertThat(_get(AgendaPart.class).offered.getElement().getTextRecursively()).contains("A verified referral");
        // Other tests leave verified referrals too: this one is put on the agenda by its id.
        signedIn.as("supervisor", () -> agenda.addReferral(id, r.getId(), "Відкрити випадок для родини?"));
        navigate("meeting/" + id);
        assertThat(_get(AgendaPart.class).items.getElement().getTextRecursively()).contains("A verified referral");

        navigate("meeting-room/" + id);
        _click(_get(RoomItemPart.class).decide);
        DecisionForm form = _get(DecisionForm.class);
        assertThat(form.kind.getListDataView().getItems()).containsExactlyInAnyOrder(DecisionKind.NOTE,
                DecisionKind.OPEN_FROM_REFERRAL, DecisionKind.DECLINE_REFERRAL);
        form.kind.setValue(DecisionKind.OPEN_FROM_REFERRAL);
        assertThat(form.curatorId.isVisible()).isTrue();
        assertThat(form.declineReason.isVisible()).isFalse();
        form.level.setValue(org.consilium.casefile.SupportLevel.CRISIS);
        form.model.setValue(org.consilium.casefile.CaseModel.INTENSIVE);
        form.criteria.setValue(Set.of(org.consilium.casefile.DecisionCriterion.MANY_PROBLEMS));
        _click(form.save);
        assertThat(form.isOpened()).as("no curator chosen").isTrue();
        assertThat(form.curatorId.isInvalid()).isTrue();
        long curator = staff.idOf("curator");
        assertThat(form.curatorId.getItemLabelGenerator().apply(curator)).contains("Ірина Коваль", "open case", "norm");
        form.curatorId.setValue(curator);
        form.overloadConfirmed.setValue(true);
        _click(form.save);
        assertThat(form.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("SELECT status FROM referral WHERE id = ?", String.class, r.getId())).isEqualTo("ACCEPTED");
        assertThat(_get(MeetingRoomView.class).body.getElement().getTextRecursively())
                .contains("Open a case for the family", "A case is opened");

        // The police, invited, see that there is an item but not whom the referral is about.
        as("police", "meeting/" + id);
        assertThat(_get(MeetingView.class).minutesPart.getElement().getTextRecursively())
                .contains("An item about a family whose case you do not take part in").doesNotContain("Савченко");
    }
}
