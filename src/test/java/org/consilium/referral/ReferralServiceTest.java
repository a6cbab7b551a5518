package org.consilium.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.WorkRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;

@MariaDbTest
class ReferralServiceTest {

    /** What the triage queue shows first: the pending referrals of every urgency and source. */
    private static final ReferralService.QueueFilter PENDING = new ReferralService.QueueFilter(
            EnumSet.of(ReferralStatus.NEW, ReferralStatus.VERIFYING), Set.of(), Set.of());

    @Autowired
    ReferralService referrals;

    @Autowired
    SignedIn signedIn;

    @Autowired
    WorkRules rules;

    @AfterEach
    void restoreTargets() {
        signedIn.as("admin", () -> {
            for (Urgency u : Urgency.values()) {
                rules.responseHours(u, (int) u.defaultTarget().toHours());
            }
        });
    }

    private static ReferralDetails details(Urgency urgency, String people) {
        ReferralDetails d = new ReferralDetails();
        d.setSourceType(SourceType.PERSON);
        d.setSourcePerson("Сусід");
        d.setChannel(Channel.PHONE);
        d.setUrgency(urgency);
        d.setPeopleConcerned(people);
        d.setDescription("Опис ситуації");
        d.setReasons(EnumSet.of(ProblemArea.SOCIAL));
        return d;
    }

    @Test
    void the_due_time_follows_the_response_target_the_administrator_set() {
        signedIn.as("admin", () -> rules.responseHours(Urgency.URGENT, 48));
        ReferralDetails d = details(Urgency.URGENT, "Target test");
        Instant received = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        d.setReceivedAt(received);

        Referral r = signedIn.as("intake", () -> referrals.register(d));

        assertThat(r.getDueAt()).isEqualTo(received.plus(Duration.ofHours(48)));
        assertThat(r.getSubmittedBy()).isEqualTo("intake");
    }

    @Test
    void the_queue_puts_emergencies_first_then_the_earliest_due_and_marks_the_overdue() {
        String tag = SignedIn.unique("Q");
        ReferralDetails oldRoutine = details(Urgency.ROUTINE, tag + " old routine");
        oldRoutine.setReceivedAt(Instant.now().minus(Duration.ofDays(12)));
        ReferralDetails urgentLate = details(Urgency.URGENT, tag + " urgent overdue");
        urgentLate.setReceivedAt(Instant.now().minus(Duration.ofDays(4)));
        ReferralDetails urgentFresh = details(Urgency.URGENT, tag + " urgent fresh");
        ReferralDetails emergency = details(Urgency.EMERGENCY, tag + " emergency");
        signedIn.as("intake", () -> List.of(oldRoutine, urgentFresh, emergency, urgentLate).forEach(referrals::register));

        List<ReferralRow> queue = signedIn.as("supervisor", () -> referrals.queue(
                PENDING, PageRequest.of(0, 1000)).getContent());
        List<ReferralRow> ours = queue.stream().filter(r -> r.peopleConcerned().startsWith(tag)).toList();

        assertThat(ours).extracting(ReferralRow::peopleConcerned).containsExactly(
                tag + " emergency", tag + " urgent overdue", tag + " urgent fresh", tag + " old routine");
        assertThat(ours).extracting(ReferralRow::overdue).containsExactly(false, true, false, true);
        int firstEmergency = queue.indexOf(ours.getFirst());
        assertThat(queue.subList(0, firstEmergency)).allMatch(r -> r.urgency() == Urgency.EMERGENCY);
    }

    @Test
    void the_queue_filters_by_urgency_and_source() {
        String tag = SignedIn.unique("F");
        signedIn.as("intake", () -> referrals.register(details(Urgency.ROUTINE, tag + " routine")));
        List<ReferralRow> onlyEmergencies = signedIn.as("intake", () -> referrals.queue(
                new ReferralService.QueueFilter(Set.of(), Set.of(Urgency.EMERGENCY), Set.of()), PageRequest.of(0, 1000)).getContent());
        assertThat(onlyEmergencies).allMatch(r -> r.urgency() == Urgency.EMERGENCY);
        List<ReferralRow> fromPeople = signedIn.as("intake", () -> referrals.queue(
                new ReferralService.QueueFilter(Set.of(), Set.of(), Set.of(SourceType.PERSON)), PageRequest.of(0, 1000)).getContent());
        assertThat(fromPeople).extracting(ReferralRow::peopleConcerned).contains(tag + " routine");
    }

    @Test
    void a_school_reports_a_family_which_lands_in_the_intake_queue_and_the_school_sees_only_its_status() {
        String tag = SignedIn.unique("S");
        ReferralDetails d = details(Urgency.URGENT, tag + " pupil of 7-B");
        d.setSourceType(SourceType.PERSON);
        Referral submitted = signedIn.as("school", () -> referrals.submitFromMyAgency(d));

        assertThat(submitted.getSourceType()).isEqualTo(SourceType.AGENCY);
        assertThat(submitted.getChannel()).isEqualTo(Channel.PORTAL);
        List<ReferralRow> queue = signedIn.as("intake", () -> referrals.queue(PENDING, PageRequest.of(0, 1000)).getContent());
        assertThat(queue).filteredOn(r -> r.id() == submitted.getId())
                .singleElement().satisfies(r -> assertThat(r.source()).isEqualTo("Загальноосвітня школа № 12"));

        signedIn.as("intake", () -> referrals.startVerification(submitted.getId(), submitted.getVersion()));
        List<ReferralRow> mine = signedIn.as("school", () -> referrals.ofMyAgency(PageRequest.of(0, 1000)).getContent());
        assertThat(mine).filteredOn(r -> r.id() == submitted.getId())
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(ReferralStatus.VERIFYING));

        List<ReferralRow> police = signedIn.as("police", () -> referrals.ofMyAgency(PageRequest.of(0, 1000)).getContent());
        assertThat(police).extracting(ReferralRow::id).doesNotContain(submitted.getId());
    }

    @Test
    void partner_agencies_and_families_cannot_see_the_queue_or_open_a_referral() {
        for (String user : List.of("school", "police", "health", "family", "curator")) {
            assertThatThrownBy(() -> signedIn.as(user, () -> referrals.queue(PENDING, PageRequest.of(0, 5))))
                    .as(user).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(user, () -> referrals.get(1L))).as(user).isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThatThrownBy(() -> signedIn.as("family", () -> referrals.submitFromMyAgency(details(Urgency.URGENT, "x"))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void only_the_administrator_changes_response_targets_and_only_within_range() {
        assertThatThrownBy(() -> signedIn.as("supervisor", () -> rules.responseHours(Urgency.ROUTINE, 100)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("admin", () -> rules.responseHours(Urgency.ROUTINE, 0)))
                .hasFieldOrPropertyWithValue("messageKey", "referral.target.range");
    }
}
