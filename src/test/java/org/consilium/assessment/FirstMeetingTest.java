package org.consilium.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.consilium.base.BusinessException;
import org.consilium.family.Relation;
import org.junit.jupiter.api.Test;

/** The rules of recording the first meeting with the family. */
class FirstMeetingTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-02");
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final CooperationMember MOTHER =
            new CooperationMember(11L, "Коваленко Олена Петрівна", Relation.MOTHER, LocalDate.parse("1988-04-12"));
    private static final CooperationMember SON =
            new CooperationMember(12L, "Коваленко Андрій", Relation.CHILD, LocalDate.parse("2013-09-01"));
    private static final List<CooperationMember> FAMILY = List.of(MOTHER, SON);

    static FirstMeetingDetails details() {
        FirstMeetingDetails d = FirstMeetingDetails.heldOn(TODAY.minusDays(3));
        d.setPlace("Удома в сім’ї");
        d.setMembers(Set.of(MOTHER.id(), SON.id()));
        d.setOtherParticipants("Куратор Ірина Коваль");
        d.setNeeds("- Допомога з оформленням субсидії\n\n2) Консультація психолога для Андрія\n");
        d.setMotivation(FirstMeetingMotivation.MODERATE);
        return d;
    }

    private static FirstMeeting recorded() {
        return FirstMeeting.record(1L, 5L, details(), FAMILY, TODAY, NOW, "curator");
    }

    private static void refusedAt(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.getField()).contains(field);
            assertThat(e.getMessageKey()).isEqualTo(key);
        });
    }

    @Test
    void a_first_meeting_keeps_who_took_part_by_name_and_what_the_family_needs() {
        FirstMeeting m = recorded();

        assertThat(m.getMetOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(m.getMembers()).extracting(FirstMeetingMember::getFullName)
                .containsExactlyInAnyOrder("Коваленко Олена Петрівна", "Коваленко Андрій");
        assertThat(m.getOtherParticipants()).isEqualTo("Куратор Ірина Коваль");
        assertThat(FirstMeeting.namedNeeds(m.getNeeds()))
                .containsExactly("Допомога з оформленням субсидії", "Консультація психолога для Андрія");
        assertThat(m.auditFamilyId()).isEqualTo(5L);
        assertThat(m.auditCaseId()).isEqualTo(1L);
    }

    @Test
    void a_meeting_may_be_today_but_not_in_the_future() {
        FirstMeetingDetails today = details();
        today.setMetOn(TODAY);
        assertThat(FirstMeeting.record(1L, 5L, today, FAMILY, TODAY, NOW, "curator").getMetOn()).isEqualTo(TODAY);

        FirstMeetingDetails tomorrow = details();
        tomorrow.setMetOn(TODAY.plusDays(1));
        refusedAt(() -> FirstMeeting.record(1L, 5L, tomorrow, FAMILY, TODAY, NOW, "curator"),
                FirstMeetingDetails.MET_ON, "assessment.firstMeeting.inFuture");
    }

    @Test
    void only_members_of_the_cases_family_can_be_chosen() {
        FirstMeetingDetails d = details();
        d.setMembers(Set.of(MOTHER.id(), 99L));
        refusedAt(() -> FirstMeeting.record(1L, 5L, d, FAMILY, TODAY, NOW, "curator"),
                FirstMeetingDetails.MEMBERS, "assessment.firstMeeting.memberOfFamily");
    }

    @Test
    void someone_must_have_taken_part_a_member_or_another_person_by_name() {
        FirstMeetingDetails nobody = details();
        nobody.setMembers(Set.of());
        nobody.setOtherParticipants("  ");
        refusedAt(() -> FirstMeeting.record(1L, 5L, nobody, FAMILY, TODAY, NOW, "curator"),
                FirstMeetingDetails.MEMBERS, "assessment.firstMeeting.participantsRequired");

        FirstMeetingDetails othersOnly = details();
        othersOnly.setMembers(Set.of());
        assertThat(FirstMeeting.record(1L, 5L, othersOnly, FAMILY, TODAY, NOW, "curator").getMembers()).isEmpty();
    }

    @Test
    void place_needs_and_motivation_are_required_and_kept_to_their_length() {
        FirstMeetingDetails noPlace = details();
        noPlace.setPlace(" ");
        refusedAt(() -> FirstMeeting.record(1L, 5L, noPlace, FAMILY, TODAY, NOW, "curator"),
                FirstMeetingDetails.PLACE, "validation.required");

        FirstMeetingDetails longNeeds = details();
        longNeeds.setNeeds("x".repeat(FirstMeeting.NEEDS_MAX + 1));
        refusedAt(() -> FirstMeeting.record(1L, 5L, longNeeds, FAMILY, TODAY, NOW, "curator"),
                FirstMeetingDetails.NEEDS, "validation.maxLength");

        FirstMeetingDetails noMotivation = details();
        noMotivation.setMotivation(null);
        refusedAt(() -> FirstMeeting.record(1L, 5L, noMotivation, FAMILY, TODAY, NOW, "curator"),
                FirstMeetingDetails.MOTIVATION, "validation.required");
    }

    @Test
    void a_family_that_refuses_needs_a_note_on_what_it_said() {
        FirstMeetingDetails d = details();
        d.setMotivation(FirstMeetingMotivation.REFUSES);
        refusedAt(() -> FirstMeeting.record(1L, 5L, d, FAMILY, TODAY, NOW, "curator"),
                FirstMeetingDetails.MOTIVATION_NOTE, "assessment.firstMeeting.noteWhenRefusing");

        d.setMotivationNote("Мати каже, що допомога не потрібна");
        assertThat(FirstMeeting.record(1L, 5L, d, FAMILY, TODAY, NOW, "curator").getMotivation())
                .isEqualTo(FirstMeetingMotivation.REFUSES);
    }

    @Test
    void a_refused_correction_changes_nothing() {
        FirstMeeting m = recorded();
        FirstMeetingDetails d = details();
        d.setPlace("У центрі");
        d.setMembers(Set.of(MOTHER.id()));
        d.setMotivation(FirstMeetingMotivation.REFUSES);

        refusedAt(() -> m.describe(d, FAMILY, TODAY), FirstMeetingDetails.MOTIVATION_NOTE,
                "assessment.firstMeeting.noteWhenRefusing");

        assertThat(m.getPlace()).isEqualTo("Удома в сім’ї");
        assertThat(m.getMembers()).hasSize(2);
        assertThat(m.getMotivation()).isEqualTo(FirstMeetingMotivation.MODERATE);
    }

    @Test
    void the_named_needs_are_the_lines_without_list_marks_or_blank_lines() {
        assertThat(FirstMeeting.namedNeeds("• Робота для мами\r\n* Гурток для Андрія\n1. Ремонт даху\n   \n— Харчування"))
                .containsExactly("Робота для мами", "Гурток для Андрія", "Ремонт даху", "Харчування");
        assertThat(FirstMeeting.namedNeeds("Потрібно 2 ліжка")).containsExactly("Потрібно 2 ліжка");
        assertThat(FirstMeeting.namedNeeds(null)).isEmpty();
    }
}
