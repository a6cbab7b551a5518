package org.consilium.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.consilium.base.BusinessException;
import org.consilium.family.Relation;
import org.junit.jupiter.api.Test;

/** The rules of a cooperation agreement: who signs it, its dates, at most one in force, and withdrawal. */
class CooperationAgreementTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-02");
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final CooperationMember MOTHER =
            new CooperationMember(11L, "Коваленко Олена Петрівна", Relation.MOTHER, LocalDate.parse("1988-04-12"));
    private static final CooperationMember SON =
            new CooperationMember(12L, "Коваленко Андрій", Relation.CHILD, LocalDate.parse("2005-09-01"));

    private static AgreementDetails details(LocalDate signedOn) {
        AgreementDetails d = AgreementDetails.signedOn(signedOn);
        d.setSignerId(MOTHER.id());
        d.setFamilyUndertakes("Відвідувати консультації, забезпечити щоденне відвідування школи Андрієм");
        d.setServiceUndertakes("Допомогти з оформленням субсидії, організувати консультації психолога");
        return d;
    }

    private static CooperationAgreement sign(LocalDate on, List<CooperationAgreement> earlier) {
        return CooperationAgreement.sign(1L, 5L, details(on), MOTHER, earlier, TODAY, NOW, "curator");
    }

    private static void refusedAt(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.getField()).contains(field);
            assertThat(e.getMessageKey()).isEqualTo(key);
        });
    }

    private static void withdraw(CooperationAgreement a, LocalDate on) {
        a.withdraw(new AgreementWithdrawalDetails(on, "Сім’я переїхала до іншої громади"), TODAY, NOW, "curator");
    }

    @Test
    void an_adult_of_the_family_signs_and_the_agreement_is_in_force_from_that_day_to_its_last_valid_day() {
        CooperationAgreement a = sign(TODAY.minusDays(10), List.of());

        assertThat(a.getNumber()).isEqualTo(1);
        assertThat(a.getSignerName()).isEqualTo("Коваленко Олена Петрівна");
        assertThat(a.getValidUntil()).isEqualTo(TODAY.minusDays(10).plusYears(1));
        assertThat(a.statusOn(TODAY)).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(a.inForceOn(TODAY.minusDays(10))).isTrue();
        assertThat(a.inForceOn(TODAY.minusDays(11))).isFalse();
        assertThat(a.inForceOn(a.getValidUntil())).isTrue();
        assertThat(a.inForceOn(a.getValidUntil().plusDays(1))).isFalse();
        assertThat(a.statusOn(a.getValidUntil().plusDays(1))).isEqualTo(AgreementStatus.ENDED);
        assertThat(a.auditFamilyId()).isEqualTo(5L);
        assertThat(a.auditCaseId()).isEqualTo(1L);
    }

    @Test
    void a_child_of_the_family_or_an_adult_relation_under_eighteen_cannot_sign() {
        refusedAt(() -> CooperationAgreement.sign(1L, 5L, details(TODAY), SON, List.of(), TODAY, NOW, "curator"),
                AgreementDetails.SIGNER, "assessment.agreement.signerAdult");
        CooperationMember youngAunt = new CooperationMember(13L, "Коваленко Ірина", Relation.OTHER_ADULT, TODAY.minusYears(17));
        refusedAt(() -> CooperationAgreement.sign(1L, 5L, details(TODAY), youngAunt, List.of(), TODAY, NOW, "curator"),
                AgreementDetails.SIGNER, "assessment.agreement.signerAdult");
        CooperationMember grandmother = new CooperationMember(14L, "Коваленко Ганна", Relation.GRANDPARENT, null);
        assertThat(CooperationAgreement.sign(1L, 5L, details(TODAY), grandmother, List.of(), TODAY, NOW, "curator")
                .getSignerMemberId()).isEqualTo(14L);
    }

    @Test
    void the_signer_must_be_chosen_and_be_of_the_cases_family() {
        AgreementDetails none = details(TODAY);
        none.setSignerId(null);
        refusedAt(() -> CooperationAgreement.sign(1L, 5L, none, null, List.of(), TODAY, NOW, "curator"),
                AgreementDetails.SIGNER, "validation.required");
        AgreementDetails stranger = details(TODAY);
        stranger.setSignerId(99L);
        refusedAt(() -> CooperationAgreement.sign(1L, 5L, stranger, null, List.of(), TODAY, NOW, "curator"),
                AgreementDetails.SIGNER, "assessment.agreement.signerOfFamily");
    }

    @Test
    void an_agreement_is_not_signed_in_the_future_and_holds_beyond_its_signing_day() {
        refusedAt(() -> sign(TODAY.plusDays(1), List.of()), AgreementDetails.SIGNED_ON, "assessment.agreement.signedInFuture");
        AgreementDetails sameDay = details(TODAY);
        sameDay.setValidUntil(TODAY);
        refusedAt(() -> CooperationAgreement.sign(1L, 5L, sameDay, MOTHER, List.of(), TODAY, NOW, "curator"),
                AgreementDetails.VALID_UNTIL, "assessment.agreement.untilAfterSigned");
    }

    @Test
    void both_sides_undertakings_are_required() {
        AgreementDetails d = details(TODAY);
        d.setFamilyUndertakes(" ");
        refusedAt(() -> CooperationAgreement.sign(1L, 5L, d, MOTHER, List.of(), TODAY, NOW, "curator"),
                AgreementDetails.FAMILY_UNDERTAKES, "validation.required");
        AgreementDetails e = details(TODAY);
        e.setServiceUndertakes(null);
        refusedAt(() -> CooperationAgreement.sign(1L, 5L, e, MOTHER, List.of(), TODAY, NOW, "curator"),
                AgreementDetails.SERVICE_UNDERTAKES, "validation.required");
    }

    @Test
    void a_second_agreement_is_refused_while_one_is_in_force_and_signed_after_its_withdrawal() {
        CooperationAgreement first = sign(TODAY.minusDays(30), List.of());
        refusedAt(() -> sign(TODAY, List.of(first)), AgreementDetails.SIGNED_ON, "assessment.agreement.anotherInForce");

        withdraw(first, TODAY.minusDays(5));

        assertThat(first.statusOn(TODAY)).isEqualTo(AgreementStatus.WITHDRAWN);
        assertThat(first.inForceOn(TODAY.minusDays(6))).isTrue();
        assertThat(first.inForceOn(TODAY.minusDays(5))).isFalse();
        refusedAt(() -> sign(TODAY.minusDays(6), List.of(first)), AgreementDetails.SIGNED_ON,
                "assessment.agreement.signedBeforeEnd");
        CooperationAgreement second = sign(TODAY.minusDays(5), List.of(first));
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.statusOn(TODAY)).isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void after_an_agreement_has_ended_a_new_one_may_be_signed() {
        AgreementDetails d = details(TODAY.minusMonths(3));
        d.setValidUntil(TODAY.minusDays(1));
        CooperationAgreement ended = CooperationAgreement.sign(1L, 5L, d, MOTHER, List.of(), TODAY.minusMonths(3), NOW, "curator");
        assertThat(ended.statusOn(TODAY)).isEqualTo(AgreementStatus.ENDED);

        assertThat(sign(TODAY, List.of(ended)).statusOn(TODAY)).isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void a_withdrawal_is_not_before_signing_not_in_the_future_not_after_the_end_and_has_a_reason() {
        AgreementDetails d = details(TODAY.minusMonths(3));
        d.setValidUntil(TODAY.minusDays(10));
        CooperationAgreement a = CooperationAgreement.sign(1L, 5L, d, MOTHER, List.of(), TODAY, NOW, "curator");

        refusedAt(() -> withdraw(a, TODAY.minusMonths(3).minusDays(1)), AgreementWithdrawalDetails.WITHDRAWN_ON,
                "assessment.agreement.withdrawnBeforeSigned");
        refusedAt(() -> withdraw(a, TODAY.plusDays(1)), AgreementWithdrawalDetails.WITHDRAWN_ON,
                "assessment.agreement.withdrawnInFuture");
        refusedAt(() -> withdraw(a, TODAY.minusDays(9)), AgreementWithdrawalDetails.WITHDRAWN_ON,
                "assessment.agreement.withdrawnAfterEnd");
        refusedAt(() -> a.withdraw(new AgreementWithdrawalDetails(TODAY.minusDays(20), "  "), TODAY, NOW, "curator"),
                AgreementWithdrawalDetails.REASON, "validation.required");
        refusedAt(() -> a.withdraw(new AgreementWithdrawalDetails(null, "Причина"), TODAY, NOW, "curator"),
                AgreementWithdrawalDetails.WITHDRAWN_ON, "validation.required");
        assertThat(a.getWithdrawnOn()).as("nothing kept of the refused withdrawals").isNull();
        assertThat(a.getWithdrawalReason()).isNull();

        withdraw(a, TODAY.minusDays(20));
        assertThat(a.getWithdrawnOn()).isEqualTo(TODAY.minusDays(20));
        assertThat(a.getWithdrawalRecordedBy()).isEqualTo("curator");
        assertThat(a.lastDayInForce()).isEqualTo(TODAY.minusDays(21));
    }

    @Test
    void a_withdrawn_agreement_is_not_withdrawn_again() {
        CooperationAgreement a = sign(TODAY.minusDays(30), List.of());
        withdraw(a, TODAY.minusDays(2));

        assertThatThrownBy(() -> withdraw(a, TODAY)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("assessment.agreement.alreadyWithdrawn"));
        assertThat(a.getWithdrawnOn()).isEqualTo(TODAY.minusDays(2));
    }

    @Test
    void a_member_is_an_adult_from_the_eighteenth_birthday_and_a_child_of_the_family_never_signs() {
        CooperationMember father = new CooperationMember(1L, "Батько", Relation.FATHER, LocalDate.parse("2008-11-02"));
        assertThat(father.adultOn(LocalDate.parse("2026-11-01"))).isFalse();
        assertThat(father.adultOn(LocalDate.parse("2026-11-02"))).isTrue();
        assertThat(SON.adultOn(TODAY)).as("a child of the family, though of age").isFalse();
    }
}
