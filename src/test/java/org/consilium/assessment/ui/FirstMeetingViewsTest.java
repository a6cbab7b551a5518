package org.consilium.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.consilium.assessment.AgreementDetails;
import org.consilium.assessment.AgreementService;
import org.consilium.assessment.FirstMeetingDetails;
import org.consilium.assessment.FirstMeetingMotivation;
import org.consilium.assessment.FirstMeetingService;
import org.consilium.attachment.SampleFiles;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestAgreements;
import org.consilium.testing.TestAgreements.AssessmentCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The assessment's first tab as the curator works it: the first meeting recorded, an agreement signed
 * with its scan, then withdrawn after confirming; and as a colleague of the team reads it.
 */
class FirstMeetingViewsTest extends KaribuTest {

    @Autowired
    TestAgreements testAgreements;

    @Autowired
    FirstMeetingService meetings;

    @Autowired
    AgreementService agreements;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    private AssessmentCase c;

    @BeforeEach
    void aCaseInAssessment() {
        c = testAgreements.caseInAssessment();
    }

    private void open(String user) {
        signIn(user);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("assessment/" + c.caseId());
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void the_curator_records_the_first_meeting_and_an_agreement_with_its_scan_then_withdraws_it() {
        open("curator");
        AssessmentView page = _get(AssessmentView.class);
        assertThat(page.tabs.getTabAt(0).getLabel()).isEqualTo("First meeting and agreement");

        // The first meeting: refused at the field while the family's refusal has no note, then recorded.
        FirstMeetingPanel meeting = _get(FirstMeetingPanel.class);
        assertThat(meeting.empty.getText()).isEqualTo("The first meeting with the family is not recorded yet.");
        assertThat(meeting.readOnly.isVisible()).isFalse();
        _click(meeting.record);
        FirstMeetingForm form = _get(FirstMeetingForm.class);
        form.place.setValue("Удома в сім’ї");
        form.members.setValue(Set.of(c.motherId()));
        form.needs.setValue("Допомога з оформленням субсидії\nГурток для Ігоря");
        form.motivation.setValue(FirstMeetingMotivation.REFUSES);
        _click(form.save);
        assertThat(form.isOpened()).isTrue();
        assertThat(form.motivationNote.isInvalid()).isTrue();
        assertThat(form.motivationNote.getErrorMessage()).isEqualTo("Write what the family said when it refused.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM first_meeting WHERE case_id = ?", Long.class, c.caseId())).isZero();

        form.motivation.setValue(FirstMeetingMotivation.MODERATE);
        _click(form.save);
        assertThat(form.isOpened()).isFalse();
        assertThat(text(meeting.facts)).contains("Удома в сім’ї", "Савченко Олена", "Допомога з оформленням субсидії",
                "Гурток для Ігоря", "Moderate", "Recorded by Ірина Коваль");
        assertThat(meeting.record.isVisible()).isFalse();
        assertThat(meeting.edit.isVisible()).isTrue();

        // The agreement: a validity that ends the day it was signed is refused at its field.
        AgreementPanel panel = _get(AgreementPanel.class);
        assertThat(panel.empty.isVisible()).isTrue();
        _click(panel.sign);
        AgreementForm sign = _get(AgreementForm.class);
        assertThat(sign.signerId.getValue()).as("the only adult is proposed").isEqualTo(c.motherId());
        sign.familyUndertakes.setValue("Відвідувати консультації психолога разом з Ігорем");
        sign.serviceUndertakes.setValue("Допомогти оформити субсидію");
        sign.validUntil.setValue(sign.signedOn.getValue());
        _click(sign.save);
        assertThat(sign.isOpened()).isTrue();
        assertThat(sign.validUntil.isInvalid()).isTrue();
        assertThat(sign.validUntil.getErrorMessage()).isEqualTo("The agreement must hold beyond the day it was signed.");

        sign.validUntil.setValue(LocalDate.now().plusMonths(6));
        _click(sign.save);
        assertThat(sign.isOpened()).isFalse();
        AgreementCard card = _get(panel, AgreementCard.class);
        assertThat(card.status.getText()).isEqualTo("In force");
        assertThat(text(card.facts)).contains("Савченко Олена", "Допомогти оформити субсидію");
        assertThat(panel.sign.isVisible()).isFalse();
        assertThat(panel.inForceHint.isVisible()).isTrue();

        // The scan of the signed paper, then its link.
        _upload(_get(card, Upload.class), "угода.pdf", "application/pdf", SampleFiles.pdf());
        assertThat(_get(card.scans, Anchor.class, spec -> spec.withText("угода.pdf"))).isNotNull();

        // Withdrawal: the day and reason, then a confirmation; cancelling it keeps the agreement in force.
        _click(card.withdraw);
        AgreementWithdrawalForm withdraw = _get(AgreementWithdrawalForm.class);
        _click(withdraw.save);
        assertThat(withdraw.reason.isInvalid()).as("a reason is required").isTrue();
        withdraw.reason.setValue("Мати відмовилася від подальшої співпраці");
        _click(withdraw.save);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(text(confirm)).contains("will be marked withdrawn", "Савченко Олена");
        _click(confirm.cancel);
        assertThat(confirm.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cooperation_agreement WHERE case_id = ? AND withdrawn_on IS NULL",
                Long.class, c.caseId())).isEqualTo(1L);

        _click(withdraw.save);
        confirm = _get(ConfirmDialog.class);
        _click(confirm.save);
        assertThat(confirm.isOpened()).isFalse();
        assertThat(withdraw.isOpened()).isFalse();
        AgreementCard withdrawn = _get(_get(AgreementPanel.class), AgreementCard.class);
        assertThat(withdrawn.status.getText()).isEqualTo("Withdrawn");
        assertThat(text(withdrawn)).contains("Мати відмовилася від подальшої співпраці", "Withdrawal recorded by Ірина Коваль");
        assertThat(withdrawn.withdraw.isVisible()).isFalse();
        assertThat(_get(withdrawn.scans, Anchor.class, spec -> spec.withText("угода.pdf"))).as("still readable").isNotNull();
        assertThat(_get(AgreementPanel.class).sign.isVisible()).as("a new agreement may be recorded").isTrue();
    }

    @Test
    void a_stale_correction_of_the_first_meeting_tells_who_saved_first_and_keeps_the_form() {
        signedIn.as("curator", () -> meetings.record(c.caseId(), meetingDetails("Удома в сім’ї")));
        open("curator");
        FirstMeetingPanel meeting = _get(FirstMeetingPanel.class);
        _click(meeting.edit);
        FirstMeetingForm form = _get(FirstMeetingForm.class);
        long version = jdbc.queryForObject("SELECT version FROM first_meeting WHERE case_id = ?", Long.class, c.caseId());
        signedIn.as("supervisor", () -> meetings.change(c.caseId(), version, meetingDetails("У центрі")));

        form.place.setValue("У школі");
        _click(form.save);

        assertThat(form.isOpened()).as("nothing typed is lost").isTrue();
        assertThat(jdbc.queryForObject("SELECT place FROM first_meeting WHERE case_id = ?", String.class, c.caseId()))
                .isEqualTo("У центрі");
        assertThat(LocatorJ._find(com.vaadin.flow.component.notification.Notification.class).stream()
                .map(n -> text(n)).toList()).anySatisfy(t -> assertThat(t).contains("Андрій Мороз"));
    }

    @Test
    void a_curator_of_the_team_who_is_not_the_cases_curator_reads_the_tab_without_its_actions() {
        signedIn.as("curator", () -> meetings.record(c.caseId(), meetingDetails("Удома в сім’ї")));
        signedIn.as("curator", () -> {
            AgreementDetails d = AgreementDetails.signedOn(LocalDate.now());
            d.setSignerId(c.motherId());
            d.setFamilyUndertakes("Відвідувати консультації");
            d.setServiceUndertakes("Допомогти оформити субсидію");
            long id = agreements.sign(c.caseId(), d).getId();
            return agreements.attachScan(c.caseId(), id, "угода.pdf", new java.io.ByteArrayInputStream(SampleFiles.pdf()));
        });

        open(c.teamCurator());

        FirstMeetingPanel meeting = _get(FirstMeetingPanel.class);
        assertThat(text(meeting.facts)).contains("Удома в сім’ї");
        assertThat(meeting.record.isVisible()).isFalse();
        assertThat(meeting.edit.isVisible()).isFalse();
        assertThat(meeting.readOnly.isVisible()).isTrue();
        AgreementPanel panel = _get(AgreementPanel.class);
        assertThat(panel.sign.isVisible()).isFalse();
        AgreementCard card = _get(panel, AgreementCard.class);
        assertThat(card.withdraw.isVisible()).isFalse();
        assertThat(card.upload).isNull();
        assertThat(LocatorJ._find(card, Upload.class)).isEmpty();
        assertThat(_get(card.scans, Anchor.class, spec -> spec.withText("угода.pdf"))).isNotNull();
        assertThat(LocatorJ._find(Dialog.class)).isEmpty();
        assertThat(LocatorJ._find(panel, Button.class, spec -> spec.withText("Record a withdrawal")).stream()
                .filter(Button::isVisible)).isEmpty();
    }

    private FirstMeetingDetails meetingDetails(String place) {
        FirstMeetingDetails d = FirstMeetingDetails.heldOn(LocalDate.now().minusDays(1));
        d.setPlace(place);
        d.setMembers(Set.of(c.motherId()));
        d.setNeeds("Допомога з оформленням субсидії");
        d.setMotivation(FirstMeetingMotivation.HIGH);
        return d;
    }
}
