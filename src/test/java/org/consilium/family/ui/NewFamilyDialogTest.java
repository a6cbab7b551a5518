package org.consilium.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.consilium.family.Family;
import org.consilium.family.FamilyDetails;
import org.consilium.family.FamilyService;
import org.consilium.family.MemberDetails;
import org.consilium.family.Relation;
import org.consilium.family.Sex;
import org.consilium.referral.ReferralService;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Intake registers the family a referral is about, from the referral. */
class NewFamilyDialogTest extends KaribuTest {

    @Autowired
    ReferralService referrals;

    @Autowired
    FamilyService families;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestCases testCases;

    private long newReferral(String tag) {
        return testCases.newReferral(tag);
    }

    /** Intake opens the referral by its address and starts registering its family. */
    private NewFamilyDialog openNewFamilyDialog(long referralId) {
        signIn("intake");
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("referrals", QueryParameters.of("referral", Long.toString(referralId)));
        _click(_get(Button.class, spec -> spec.withText("Register a new family")));
        return _get(NewFamilyDialog.class);
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
    void intake_confirms_that_a_likely_duplicate_is_a_new_family_and_the_new_one_is_linked() {
        String surname = "Нова" + SignedIn.unique("").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        Family known = signedIn.as("intake", () -> {
            FamilyDetails d = new FamilyDetails();
            d.setMembers(List.of(new MemberDetails(surname, "Олег", LocalDate.parse("2014-04-04"), Sex.MALE, Relation.CHILD)));
            return families.register(d, true);
        });
        long id = newReferral(SignedIn.unique("Twin "));
        NewFamilyDialog family = openNewFamilyDialog(id);
        addMember(family, surname, "Олег", "2014-04-04", Relation.CHILD, Sex.MALE);
        _click(family.save);
        assertThat(family.duplicates.isVisible()).isTrue();
        assertThat(signedIn.as("intake", () -> referrals.get(id).orElseThrow().getFamily())).as("nothing linked yet").isNull();

        _click(family.saveAnyway);

        assertThat(family.isOpened()).isFalse();
        var linked = signedIn.as("intake", () -> referrals.get(id).orElseThrow().getFamily());
        assertThat(linked.getName()).isEqualTo(surname);
        assertThat(linked.getId()).isNotEqualTo(known.getId());
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
