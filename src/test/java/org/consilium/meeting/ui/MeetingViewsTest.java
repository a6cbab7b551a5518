package org.consilium.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import org.consilium.agency.AgencyType;
import org.consilium.meeting.MeetingDetails;
import org.consilium.meeting.MeetingKind;
import org.consilium.meeting.MeetingService;
import org.consilium.testing.SignedIn;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Meetings as their users meet them: the curator schedules a case conference from the case page (and
 * is told first who already has a meeting then); the school and the family answer under "My meetings".
 */
class MeetingViewsTest extends KaribuTest {

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

    PlanningCase c;

    @BeforeEach
    void aCase() {
        c = testPlans.caseInPlanning();
    }

    private void as(String user, String location) {
        signIn(user);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(location);
    }

    @Test
    void the_curator_schedules_from_the_case_page_and_the_school_and_the_family_answer() {
        LocalDate day = LocalDate.now().plusDays(10 + (int) (c.caseId() % 60));
        as("curator", "case/" + c.caseId());
        CaseMeetingsPanel panel = _get(CaseMeetingsPanel.class);
        assertThat(panel.list.getElement().getTextRecursively()).contains("No meetings for this case yet.");
        _click(panel.schedule);
        ScheduleMeetingForm form = _get(ScheduleMeetingForm.class);
        assertThat(form.agencyIds.getValue()).as("the agencies taking part are invited").hasSize(2);
        // What the box says to a screen reader, with the count put in by the browser.
        assertThat(form.agencyIds.getI18n().getTotal()).isEqualTo("Selected: {count}");
        assertThat(form.userIds.getI18n().getSelected()).isEqualTo("added to the selection");
        form.title.setValue("Нарада щодо Савченко");
        form.day.setValue(day);
        form.startsAt.setValue(LocalTime.of(9, 0));
        form.endsAt.setValue(LocalTime.of(8, 0));
        form.memberIds.setValue(Set.of(c.motherId()));
        _click(form.save);
        assertThat(form.endsAt.isInvalid()).isTrue();
        assertThat(form.endsAt.getErrorMessage()).contains("end after it starts");

        form.endsAt.setValue(LocalTime.of(10, 0));
        _click(form.save);
        if (form.isOpened() && form.clashWarning.isVisible()) {
            // The demo curator may have another test's meeting that day: schedule anyway.
            _click(form.save);
        }
        assertThat(form.isOpened()).isFalse();
        assertThat(_get(CaseMeetingsPanel.class).list.getElement().getTextRecursively())
                .contains("Case conference — Нарада щодо Савченко", "1 of 4 will come");
        long meetingId = jdbc.queryForObject("SELECT MAX(id) FROM meeting WHERE case_id = ?", Long.class, c.caseId());

        // A second meeting at the same time: the curator is told she already has one.
        _click(_get(CaseMeetingsPanel.class).schedule);
        ScheduleMeetingForm second = _get(ScheduleMeetingForm.class);
        second.title.setValue("Ще одна нарада");
        second.day.setValue(day);
        second.startsAt.setValue(LocalTime.of(9, 30));
        second.endsAt.setValue(LocalTime.of(10, 30));
        _click(second.save);
        assertThat(second.isOpened()).isTrue();
        assertThat(second.clashWarning.getText()).contains("Ірина Коваль");
        second.close();

        as("school", "meetings");
        MyMeetingsView mine = _get(MyMeetingsView.class);
        assertThat(mine.list.getElement().getTextRecursively()).contains("Нарада щодо Савченко", "Your answer: not answered");
        Div card = _find(mine.list, Div.class).stream()
                .filter(x -> String.valueOf(meetingId).equals(x.getElement().getAttribute("data-meeting"))).findFirst().orElseThrow();
        _click(_get(card, Button.class, spec -> spec.withText("I will come")));
        assertThat(jdbc.queryForObject("SELECT response FROM meeting_participant WHERE meeting_id = ? AND kind = 'AGENCY'"
                + " AND agency_id = ?", String.class, meetingId, staff.agencyOf(AgencyType.SCHOOL).getId()))
                .isEqualTo("ACCEPTED");

        as(c.familyUser(), "meetings");
        MyMeetingsView family = _get(MyMeetingsView.class);
        // The family reads the meeting in its own words, with the professionals' name for it explained.
        assertThat(family.list.getElement().getTextRecursively())
                .contains("Meeting about your family: Нарада щодо Савченко", "Leads the meeting: Ірина Коваль")
                .doesNotContain("Case conference");
        assertThat(family.getElement().getTextRecursively()).contains("specialists call it a “consilium”");

        as(c.familyUser(), "meeting/" + meetingId);
        MeetingView page = _get(MeetingView.class);
        assertThat(page.title.getText()).isEqualTo("Meeting about your family: Нарада щодо Савченко");
        assertThat(page.now.isVisible()).isTrue();
        assertThat(page.now.getElement().getAttribute("data-step")).isEqualTo("SCHEDULED");
        assertThat(page.now.text()).contains("You are invited to this meeting", "what was decided");

        as("curator", "meeting/" + meetingId);
        assertThat(_get(MeetingView.class).now.isVisible()).as("staff read no family guide").isFalse();
    }

    @Test
    void the_supervisor_builds_the_agenda_on_the_meeting_page_and_a_participant_sees_only_the_meeting() {
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.TERRITORIAL_GROUP);
        d.setTitle("Засідання групи");
        d.setDay(LocalDate.now().plusDays(2));
        d.setStartsAt(LocalTime.of(6, 0));
        d.setEndsAt(LocalTime.of(6, 30));
        d.setAgencyIds(Set.of(staff.agencyOf(AgencyType.POLICE).getId()));
        long id = signedIn.as("supervisor", () -> meetings.schedule(d)).getId();

        as("supervisor", "meeting/" + id);
        MeetingView page = _get(MeetingView.class);
        assertThat(page.invited.getElement().getTextRecursively()).contains("Сектор ювенальної превенції", "not answered");
        AgendaPart agenda = _get(AgendaPart.class);
        assertThat(agenda.getElement().getTextRecursively()).contains("Nothing on the agenda yet", "Мельник");
        _click(_find(agenda.offered, Button.class, spec -> spec.withText("Add to the agenda")).getFirst());
        agenda.own.setValue("Графік чергувань на свята");
        _click(agenda.addOwn);
        assertThat(_get(AgendaPart.class).items.getElement().getTextRecursively()).contains("Графік чергувань на свята");

        as("police", "meeting/" + id);
        MeetingView seen = _get(MeetingView.class);
        assertThat(seen.facts.getElement().getTextRecursively()).contains("Андрій Мороз");
        assertThat(seen.agendaPart.getChildren()).isEmpty();
        assertThat(seen.invited.getChildren()).isEmpty();
        _click(_get(seen.answer, Button.class, spec -> spec.withText("I will come")));
        assertThat(_get(MeetingView.class).answer.getElement().getTextRecursively()).contains("Your answer: will come");

        as("supervisor", "meeting/" + id);
        _click(_get(Button.class, spec -> spec.withText("Cancel the meeting")));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Cancel the meeting")));
        assertThat(_get(MeetingView.class).facts.getElement().getTextRecursively()).contains("cancelled");
        assertThat(jdbc.queryForObject("SELECT sequence_no FROM meeting WHERE id = ?", Integer.class, id)).isEqualTo(1);

        as("family", "meeting/" + id);
        assertThat(_find(MeetingView.class)).as("a family not invited is refused").isEmpty();
    }

    @Test
    void a_supervisor_calls_the_territorial_group_and_bad_input_is_refused_at_its_field() {
        as("school", "meetings");
        assertThat(_get(MyMeetingsView.class).callGroup.isVisible()).as("only a supervisor calls the group").isFalse();

        as("supervisor", "meetings");
        MyMeetingsView mine = _get(MyMeetingsView.class);
        assertThat(mine.callGroup.isVisible()).isTrue();
        _click(mine.callGroup);
        ScheduleMeetingForm form = _get(ScheduleMeetingForm.class);
        assertThat(form.kind.getValue()).isEqualTo(MeetingKind.TERRITORIAL_GROUP);
        assertThat(form.memberIds.isVisible()).isFalse();
        form.title.setValue("Територіальна група: грудень");
        form.day.setValue(LocalDate.now().plusDays(20));
        form.startsAt.setValue(LocalTime.of(5, 0));
        form.endsAt.setValue(LocalTime.of(5, 45));
        _click(form.save);
        assertThat(form.isOpened()).isTrue();
        assertThat(form.userIds.isInvalid()).as("nobody invited besides the chair").isTrue();
        assertThat(form.userIds.getErrorMessage()).contains("Invite at least one participant");

        form.agencyIds.setValue(Set.of(staff.agencyOf(AgencyType.POLICE).getId()));
        form.guests.setValue("Олег Гість, not-an-address");
        _click(form.save);
        assertThat(form.guests.isInvalid()).isTrue();
        assertThat(form.guests.getErrorMessage()).contains("not-an-address");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting WHERE title = ?", Integer.class,
                "Територіальна група: грудень")).as("nothing is saved half").isZero();

        form.guests.setValue("Олег Гість, oleh@example.org");
        _click(form.save);
        if (form.isOpened() && form.clashWarning.isVisible()) {
            _click(form.save);
        }
        assertThat(form.isOpened()).isFalse();
        assertThat(_get(MeetingView.class).title.getText()).isEqualTo("Territorial group meeting: Територіальна група: грудень");
    }
}
