package org.consilium.referral.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.consilium.base.CsvWriter;
import org.consilium.base.ExportFormat;
import org.consilium.referral.FamilyContact;
import org.consilium.referral.ProblemArea;
import org.consilium.referral.ReferralRow;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ReferralStatus;
import org.consilium.referral.SourceType;
import org.consilium.referral.Urgency;
import org.consilium.referral.VerificationOutcome;
import org.consilium.testing.ExportFiles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ReferralViewsTest extends KaribuTest {

    @Autowired
    ReferralService referrals;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestCases testCases;

    private void as(String user) {
        signIn(user);
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        UI.getCurrent().getPage().reload();
    }

    private List<ReferralRow> queue() {
        return signedIn.as("intake", () -> referrals.queue(new ReferralService.QueueFilter(Set.of(), Set.of(),
                Set.of()), PageRequest.of(0, 2000)).getContent());
    }

    @Test
    void intake_registers_a_referral_by_phone_and_finds_it_in_the_queue() {
        as("intake");
        UI.getCurrent().navigate("referrals");
        ReferralQueueView view = _get(ReferralQueueView.class);
        _click(view.newReferral);
        ReferralForm form = view.form;
        assertThat(form.received.getDatePickerI18n().getMonthNames()).startsWith("January");
        assertThat(form.received.getDatePickerI18n().getToday()).isEqualTo("Today");
        String tag = SignedIn.unique("Karibu ");
        form.sourceType.setValue(SourceType.PERSON);
        form.sourcePerson.setValue("Сусідка");
        form.urgency.setValue(Urgency.EMERGENCY);
        form.peopleConcerned.setValue(tag + ", діти 5 і 8 років");
        form.description.setValue("Діти самі вдома другу добу");
        form.reasons.setValue(EnumSet.of(ProblemArea.SOCIAL));
        _click(form.save);

        assertThat(form.isOpened()).isFalse();
        assertThat(queue()).filteredOn(r -> r.peopleConcerned().startsWith(tag)).singleElement()
                .satisfies(r -> {
                    assertThat(r.urgency()).isEqualTo(Urgency.EMERGENCY);
                    assertThat(r.status()).isEqualTo(ReferralStatus.NEW);
                });
        assertThat(GridKt._get(view.grid, 0).urgency()).isEqualTo(Urgency.EMERGENCY);
    }

    @Test
    void a_referral_without_people_or_description_is_refused_at_the_fields() {
        as("intake");
        UI.getCurrent().navigate("referrals");
        ReferralQueueView view = _get(ReferralQueueView.class);
        _click(view.newReferral);
        view.form.urgency.setValue(Urgency.ROUTINE);
        int before = queue().size();
        _click(view.form.save);
        assertThat(view.form.isOpened()).isTrue();
        assertThat(view.form.peopleConcerned.isInvalid()).isTrue();
        assertThat(view.form.description.getErrorMessage()).isEqualTo("Required");
        assertThat(queue()).hasSize(before);
    }

    @Test
    void intake_starts_verification_and_cannot_decline_without_a_reason() {
        long id = newReferral(SignedIn.unique("Decl "));
        as("intake");
        UI.getCurrent().navigate("referrals");
        ReferralQueueView view = _get(ReferralQueueView.class);
        view.openReferral(id);
        assertThat(view.dialog.decide.isVisible()).as("the decision is the supervisor's").isFalse();
        ReferralDialog first = view.dialog;
        _click(view.dialog.startVerification);
        assertThat(signedIn.as("intake", () -> referrals.get(id).orElseThrow().getStatus())).isEqualTo(ReferralStatus.VERIFYING);
        assertThat(view.dialog).as("the referral stays on screen for linking its family").isNotSameAs(first);
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.startVerification.isVisible()).isFalse();

        _click(view.dialog.decline);
        DeclineDialog decline = view.dialog.declineDialog;
        _click(decline.save);
        assertThat(decline.declineReason.isInvalid()).isTrue();
        assertThat(signedIn.as("intake", () -> referrals.get(id).orElseThrow().getStatus())).isEqualTo(ReferralStatus.VERIFYING);
    }

    @Test
    void a_school_reports_a_family_and_sees_its_referral_with_its_status() {
        as("school");
        UI.getCurrent().navigate("my-referrals");
        ReportFamilyView view = _get(ReportFamilyView.class);
        _click(view.report);
        String tag = SignedIn.unique("Pupil ");
        view.form.urgency.setValue(Urgency.URGENT);
        view.form.peopleConcerned.setValue(tag);
        view.form.description.setValue("Синці на руках, приходить голодним");
        _click(view.form.save);

        assertThat(view.form.isOpened()).isFalse();
        assertThat(GridKt._get(view.grid, 0).peopleConcerned()).isEqualTo(tag);
        assertThat(GridKt._get(view.grid, 0).status()).isEqualTo(ReferralStatus.NEW);
    }

    @Test
    void intake_records_what_it_checked_in_the_dialog_and_marks_the_referral_verified_once_the_outcome_is_chosen() {
        long id = newReferral(SignedIn.unique("Check "));
        signedIn.as("intake", () -> referrals.startVerification(id, referrals.get(id).orElseThrow().getVersion()));
        as("intake");
        UI.getCurrent().navigate("referrals");
        ReferralQueueView view = _get(ReferralQueueView.class);
        view.openReferral(id);
        ReferralDialog first = view.dialog;
        assertThat(first.getElement().getTextRecursively()).contains("Nothing has been recorded about the verification yet.");
        _click(first.recordVerification);
        VerificationDialog form = first.verificationDialog;

        form.sources.setValue("школа №12, дільничний інспектор");
        form.familyContact.setValue(FamilyContact.REACHED);
        form.contactedOn.setValue(LocalDate.now().minusDays(1));
        form.familyContact.setValue(FamilyContact.NOT_REACHED);
        assertThat(form.contactedOn.isEmpty()).as("a day of contact only for a family that was reached").isTrue();
        assertThat(form.contactedOn.isEnabled()).isFalse();
        form.familyContact.setValue(FamilyContact.REACHED);
        form.contactedOn.setValue(LocalDate.now().plusDays(1));
        form.markVerified.setValue(true);
        _click(form.save);
        assertThat(form.isOpened()).isTrue();
        assertThat(form.contactedOn.isInvalid()).isTrue();
        assertThat(form.contactedOn.getErrorMessage()).isEqualTo("The day of contact cannot be in the future.");

        form.contactedOn.setValue(LocalDate.now().minusDays(1));
        _click(form.save);
        assertThat(form.isOpened()).as("marking verified needs the outcome").isTrue();
        assertThat(form.outcome.isInvalid()).isTrue();
        assertThat(form.outcome.getErrorMessage()).isEqualTo("Choose the outcome before marking the referral verified.");
        assertThat(signedIn.as("intake", () -> referrals.get(id).orElseThrow().getStatus())).isEqualTo(ReferralStatus.VERIFYING);

        form.outcome.setValue(VerificationOutcome.CONFIRMED);
        form.note.setValue("Мати підтвердила по телефону.");
        _click(form.save);
        assertThat(form.isOpened()).isFalse();
        assertThat(signedIn.as("intake", () -> referrals.get(id).orElseThrow().getStatus())).isEqualTo(ReferralStatus.VERIFIED);
        assertThat(notificationTexts()).contains("The referral is verified and waits for a decision.");
        assertThat(view.dialog).as("the referral is shown again with its record").isNotSameAs(first);
        assertThat(view.dialog.getElement().getTextRecursively()).contains("Concern confirmed", "школа №12, дільничний інспектор",
                "Мати підтвердила по телефону.", "Finished on", "Олена Савчук");
        assertThat(view.dialog.recordVerification.getText()).isEqualTo("Change what was checked");
    }

    private long newReferral(String tag) {
        return testCases.newReferral(tag);
    }

    @Test
    void when_someone_else_answered_the_referral_meanwhile_declining_it_is_refused_naming_them_by_full_name() {
        long id = newReferral(SignedIn.unique("Race "));
        as("intake");
        UI.getCurrent().navigate("referrals");
        ReferralQueueView view = _get(ReferralQueueView.class);
        view.openReferral(id);
        _click(view.dialog.decline);
        DeclineDialog decline = view.dialog.declineDialog;

        // The supervisor starts verifying the same referral while intake writes the reason.
        signedIn.as("supervisor", () -> {
            var current = referrals.get(id).orElseThrow();
            return referrals.startVerification(id, current.getVersion());
        });
        decline.declineReason.setValue("Сім’я вже отримує допомогу");
        _click(decline.save);

        assertThat(decline.isOpened()).as("the dialog stays open with the reason typed").isTrue();
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("Not saved: Андрій Мороз changed this record at"));
        assertThat(signedIn.as("intake", () -> referrals.get(id).orElseThrow().getStatus())).isEqualTo(ReferralStatus.VERIFYING);
    }

    @Test
    void intake_and_the_supervisor_export_the_queue_as_its_filters_show_it() {
        String tag = SignedIn.unique("Експорт ");
        testCases.newReferral(tag);
        for (String user : new String[] {"intake", "supervisor"}) {
            as(user);
            UI.getCurrent().navigate("referrals");
            ReferralQueueView view = _get(ReferralQueueView.class);
            assertThat(view.export.excel.getText()).isEqualTo("Export to Excel");
            assertThat(view.export.csv.getText()).isEqualTo("Export CSV");
            assertThat(view.export.fileName(ExportFormat.XLSX)).isEqualTo("referrals-" + LocalDate.now() + ".xlsx");

            view.status.setValue(ReferralQueueView.StatusChoice.NEW);
            view.urgency.setValue(Urgency.URGENT);
            List<ReferralRow> shown = GridKt._findAll(view.grid);
            assertThat(shown).extracting(ReferralRow::peopleConcerned).contains(tag);
            List<List<String>> csv = ExportFiles.csv(ExportFiles.bytes(out -> view.export.write(ExportFormat.CSV, out)));
            assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(6)).as(user)
                    .containsExactlyElementsOf(shown.stream().map(r -> CsvWriter.neutralised(r.peopleConcerned())).toList());
            assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(8)).containsOnly("New");
        }
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).toList();
    }
}
