package org.consilium.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.consilium.casefile.ContactKind;
import org.consilium.monitoring.ContactDetails;
import org.consilium.monitoring.ContactService;
import org.consilium.monitoring.ProgressReview;
import org.consilium.monitoring.ReviewDecision;
import org.consilium.monitoring.ReviewDetails;
import org.consilium.monitoring.ReviewService;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo monitoring of the Коваленко case: two contacts with the family (one ticks off the mother's
 * task) and two progress reviews three weeks apart, so that the school goal's ratings show as a series
 * and the police's talk, found not to meet the need, is told to the police.
 */
@Component
class DemoMonitoring {

    private final ContactService contacts;
    private final ReviewService reviews;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoMonitoring(ContactService contacts, ReviewService reviews, JdbcTemplate jdbc, Clock clock) {
        this.contacts = contacts;
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static <T> T asCurator(Supplier<T> task) {
        return SystemAccess.as("curator", List.of(AppRoles.CURATOR), task);
    }

    void create(long kovalenko) {
        LocalDate today = LocalDate.now(clock);
        contact(kovalenko, today.minusDays(20), ContactKind.OFFICE_MEETING, "Марія Коваленко; кейс-менеджер Ірина Коваль",
                "Обговорили план: мама погодилася будити дітей о 7:00 і відвідати групу підтримки.", null, null, false);
        contact(kovalenko, today.minusDays(8), ContactKind.HOME_VISIT,
                "Марія Коваленко, Андрій, Софія; кейс-менеджер Ірина Коваль",
                "Удома спокійно, діти зранку збираються самі. Мама вже була на групі підтримки двічі.",
                "Зустріч мами з психологом поліклініки", today.plusDays(5), true);

        review(kovalenko, today.minusDays(24), 2, 2, "Мама: діти ходять до школи частіше, але ранки ще важкі.", null);
        review(kovalenko, today.minusDays(3), 3, 4, "Мама: ранки спокійніші, Андрій сам збирається до школи.",
                "Бесіду провели одну, коротку; Андрій її не пам’ятає");
    }

    private void contact(long caseId, LocalDate on, ContactKind kind, String who, String what, String next,
                         LocalDate nextOn, boolean tickMotherGroup) {
        ContactDetails d = new ContactDetails();
        d.setContactedOn(on);
        d.setKind(kind);
        d.setParticipants(who);
        d.setNotes(what);
        d.setNextStep(next == null ? "" : next);
        d.setNextStepOn(nextOn);
        if (tickMotherGroup) {
            asCurator(() -> contacts.log(caseId)).familyTasks().stream()
                    .filter(t -> t.description().startsWith("Відвідати групу підтримки"))
                    .forEach(t -> d.setFamilyTasksDone(Map.of(t.id(), t.version())));
        }
        asCurator(() -> contacts.record(caseId, d));
    }

    /**
     * A review held {@code on} that rates the school goal {@code schoolRating} (the family itself
     * {@code familyRating}) and continues the plan; with
     * {@code policeNote}, the police's talk is found not to meet the need. The review and its ratings are
     * then set on that day, as the services only write the present.
     */
    private void review(long caseId, LocalDate on, int schoolRating, int familyRating, String familyView, String policeNote) {
        ReviewDetails d = asCurator(() -> reviews.form(caseId));
        d.setHeldOn(on);
        d.setFamilyView(familyView);
        d.getGoals().forEach(g -> {
            boolean school = g.statement().startsWith("Діти щодня");
            g.setRating(school ? schoolRating : 2);
            g.setFamilyRating(school ? familyRating : 3);
        });
        if (policeNote != null) {
            d.getServices().stream().filter(s -> s.description().startsWith("Профілактична бесіда")).forEach(s -> {
                s.setAdequate(false);
                s.setNote(policeNote);
            });
        }
        d.setStrengths(schoolRating > 2 ? "Андрій сам збирається до школи; бабуся допомагає по суботах" : "");
        d.setDecision(ReviewDecision.CONTINUE);
        ProgressReview r = asCurator(() -> reviews.record(caseId, d));
        Timestamp at = Timestamp.from(on.atTime(LocalTime.of(11, 0)).atZone(clock.getZone()).toInstant());
        jdbc.update("UPDATE progress_review SET recorded_at = ? WHERE id = ?", at, r.getId());
        jdbc.update("UPDATE goal_rating SET rated_on = ?, rated_at = ? WHERE review_id = ?", Date.valueOf(on), at, r.getId());
    }
}
