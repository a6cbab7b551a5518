package org.consilium.referral.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.consilium.family.Relation;
import org.consilium.family.Sex;
import org.consilium.referral.ProblemArea;
import org.consilium.referral.ReferralDetails;
import org.consilium.referral.ReferralRow;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ReferralStatus;
import org.consilium.referral.SourceType;
import org.consilium.referral.Urgency;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ReferralViewsTest extends KaribuTest {

    @Autowired
    ReferralService referrals;

    @Autowired
    SignedIn signedIn;

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
        assertThat(view.dialog.declineReason.isInvalid()).isTrue();
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

    private long newReferral(String tag) {
        return signedIn.as("intake", () -> {
            var d = new ReferralDetails();
            d.setSourceType(SourceType.PERSON);
            d.setSourcePerson("X");
            d.setUrgency(Urgency.URGENT);
            d.setPeopleConcerned(tag);
            d.setDescription("Опис");
            return referrals.register(d).getId();
        });
    }

    /** Intake opens the referral in the queue and starts registering its family. */
    private NewFamilyDialog openNewFamilyDialog(long referralId) {
        as("intake");
        UI.getCurrent().navigate("referrals");
        ReferralQueueView view = _get(ReferralQueueView.class);
        view.openReferral(referralId);
        _click(view.dialog.newFamily);
        return view.dialog.newFamilyDialog;
    }

    private static void addMember(NewFamilyDialog family, String lastName, String firstName, String born, Relation relation, Sex sex) {
        family.lastName.setValue(lastName);
        family.firstName.setValue(firstName);
        family.birthDate.setValue(LocalDate.parse(born));
        family.relation.setValue(relation);
        family.sex.setValue(sex);
        _click(family.addMember);
    }

    @Test
    void intake_registers_the_family_of_a_referral_and_sees_a_likely_duplicate_before_saving() {
        long id = newReferral(SignedIn.unique("Fam "));
        NewFamilyDialog family = openNewFamilyDialog(id);

        // The demo family Коваленко, typed in Latin letters: the same child, so a likely duplicate.
        family.address.setValue("vul. Dehtiarivska 17, kv. 42");
        addMember(family, "Kovalenko", "Andrii", "2012-09-02", Relation.CHILD, Sex.MALE);
        _click(family.save);

        assertThat(family.duplicates.isVisible()).isTrue();
        assertThat(family.duplicates.getElement().getTextRecursively()).contains("Коваленко", "Коваленко Андрій");
        _click(_get(family.duplicates, Button.class,
                spec -> spec.withText("This is the family")));

        var linked = signedIn.as("intake", () -> referrals.get(id).orElseThrow());
        assertThat(linked.getFamily().getName()).isEqualTo("Коваленко");
    }

    @Test
    void a_child_born_before_its_mother_is_refused_with_a_message_under_the_members() {
        long id = newReferral(SignedIn.unique("Age "));
        NewFamilyDialog family = openNewFamilyDialog(id);
        String surname = "Тестова" + SignedIn.unique("").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        addMember(family, surname, "Мати", "2015-01-01", Relation.MOTHER, Sex.FEMALE);
        addMember(family, surname, "Син", "2010-01-01", Relation.CHILD, Sex.MALE);
        _click(family.save);

        assertThat(family.isOpened()).isTrue();
        assertThat(family.membersError.getText()).contains("cannot be born before their parent");
        assertThat(signedIn.as("intake", () -> referrals.get(id).orElseThrow().getFamily())).isNull();
    }

    @Test
    void a_member_born_in_the_future_or_without_a_name_is_refused_at_the_field_and_not_added() {
        long id = newReferral(SignedIn.unique("Born "));
        NewFamilyDialog family = openNewFamilyDialog(id);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        family.lastName.setValue("Шевчук");
        family.firstName.setValue("");
        family.birthDate.setValue(LocalDate.now().plusDays(3));
        family.relation.setValue(Relation.CHILD);
        family.sex.setValue(Sex.FEMALE);
        _click(family.addMember);

        assertThat(family.birthDate.isInvalid()).isTrue();
        assertThat(family.birthDate.getErrorMessage()).isEqualTo("The birth date cannot be in the future.");
        assertThat(family.firstName.isInvalid()).isTrue();
        assertThat(family.firstName.getErrorMessage()).isEqualTo("Required");
        assertThat(GridKt._size(family.memberGrid)).isZero();
    }
}
