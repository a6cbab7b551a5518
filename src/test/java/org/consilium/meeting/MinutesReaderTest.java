package org.consilium.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consilium.agency.AgencyType;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TaggedPdf;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Reading the minutes on MariaDB (decision 0013: an invitation is not consent): the police, invited to
 * a territorial group, see in full the family they take part in with consent and of another family
 * only that there is an item, or the summary the chair shared; a family member sees only their own
 * family's items with the decisions and no minutes; the PDF prints no more than the reader may see.
 */
@MariaDbTest
class MinutesReaderTest {

    /** The family the police do not take part in; nothing of it may reach them. */
    private static final String HIDDEN = "Гнатюк";
    private static final String HIDDEN_MINUTES = "Батько втратив роботу в березні";
    private static final String SHARED_MINUTES = "Ігор пропустив два дні за місяць";

    @Autowired
    MinutesReader reader;

    @Autowired
    MeetingRoomService room;

    @Autowired
    MeetingDecisions decisions;

    @Autowired
    RoomFixtures fixtures;

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Clock clock;

    PlanningCase shared;
    long hiddenCase;
    long police;
    Meeting group;
    long sharedItem;
    long hiddenItem;
    long generalItem;

    @BeforeEach
    void aTerritorialGroupOnTwoFamilies() {
        shared = testPlans.caseInPlanning();
        hiddenCase = fixtures.caseOfNewFamily(HIDDEN);
        police = staff.agencyOf(AgencyType.POLICE).getId();
        group = fixtures.territorialGroup(Set.of(police), Set.of());
        sharedItem = fixtures.item("supervisor", group.getId(), Topic.REVIEW, shared.caseId(), "Як Ігор відвідує школу?");
        hiddenItem = fixtures.item("supervisor", group.getId(), Topic.DECISION, hiddenCase,
                "Чи відкривати супровід родині " + HIDDEN + "?");
        generalItem = fixtures.item("supervisor", group.getId(), Topic.OTHER, null, "Графік чергувань");
        signedIn.as("supervisor", () -> {
            room.writeMinutes(sharedItem, fixtures.itemVersion(sharedItem), SHARED_MINUTES);
            room.writeMinutes(hiddenItem, fixtures.itemVersion(hiddenItem), HIDDEN_MINUTES);
            decisions.decide(sharedItem, note("Продовжити супровід"));
            decisions.decide(hiddenItem, note("Запросити родину на зустріч"));
            return room.recordInconsistency(sharedItem, "Поліція і школа по-різному рахують пропуски", police,
                    LocalDate.now(clock).plusDays(7));
        });
    }

    @Test
    void a_participant_sees_in_full_only_the_families_they_may_see() {
        Minutes seen = signedIn.as("police", () -> reader.minutes(group.getId()));
        assertThat(seen.role()).isEqualTo(Minutes.Role.PARTICIPANT);
        assertThat(seen.mayWrite()).isFalse();

        assertThat(item(seen, sharedItem)).satisfies(i -> {
            assertThat(i.visibility()).isEqualTo(Minutes.Visibility.FULL);
            assertThat(i.familyName()).isEqualTo("Савченко");
            assertThat(i.question()).isEqualTo("Як Ігор відвідує школу?");
            assertThat(i.minutes()).isEqualTo(SHARED_MINUTES);
            assertThat(i.decisions()).extracting(Minutes.Decision::text).containsExactly("Продовжити супровід");
            assertThat(i.inconsistencies()).singleElement().satisfies(x -> assertThat(x.maySettle()).isTrue());
        });
        assertThat(item(seen, hiddenItem)).satisfies(i -> {
            assertThat(i.visibility()).isEqualTo(Minutes.Visibility.HIDDEN);
            assertThat(i.caseId()).isNull();
            assertThat(i.familyName()).isNull();
            assertThat(i.question()).isNull();
            assertThat(i.minutes()).isNull();
            assertThat(i.sharedSummary()).isNull();
            assertThat(i.decisions()).isEmpty();
            assertThat(i.inconsistencies()).isEmpty();
        });
        assertThat(item(seen, generalItem).visibility()).isEqualTo(Minutes.Visibility.FULL);

        Minutes kept = signedIn.as("supervisor", () -> reader.minutes(group.getId()));
        assertThat(kept.role()).isEqualTo(Minutes.Role.KEEPER);
        assertThat(item(kept, hiddenItem)).satisfies(i -> {
            assertThat(i.visibility()).isEqualTo(Minutes.Visibility.FULL);
            assertThat(i.familyName()).isEqualTo(HIDDEN);
            assertThat(i.minutes()).isEqualTo(HIDDEN_MINUTES);
        });
    }

    @Test
    void only_the_chair_shares_a_summary_and_the_participant_then_sees_just_that() {
        String otherSupervisor = staff.createBeside("supervisor", "sup.", "Друга Керівниця", AppRoles.SUPERVISOR,
                "supervisor-pass-1");
        String summary = "Родині потрібна допомога з працевлаштуванням батька";
        for (String notTheChair : List.of("police", otherSupervisor, "curator")) {
            assertThatThrownBy(() -> signedIn.as(notTheChair, () -> room.share(hiddenItem, fixtures.itemVersion(hiddenItem),
                    summary))).as(notTheChair).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(item(signedIn.as("police", () -> reader.minutes(group.getId())), hiddenItem).visibility())
                .isEqualTo(Minutes.Visibility.HIDDEN);

        signedIn.as("supervisor", () -> room.share(hiddenItem, fixtures.itemVersion(hiddenItem), summary));
        assertThat(item(signedIn.as("police", () -> reader.minutes(group.getId())), hiddenItem)).satisfies(i -> {
            assertThat(i.visibility()).isEqualTo(Minutes.Visibility.SUMMARY);
            assertThat(i.sharedSummary()).isEqualTo(summary);
            assertThat(i.minutes()).isNull();
            assertThat(i.decisions()).isEmpty();
            assertThat(i.inconsistencies()).isEmpty();
        });

        signedIn.as("supervisor", () -> room.share(hiddenItem, fixtures.itemVersion(hiddenItem), " "));
        assertThat(item(signedIn.as("police", () -> reader.minutes(group.getId())), hiddenItem).visibility())
                .as("an empty summary stops sharing").isEqualTo(Minutes.Visibility.HIDDEN);
    }

    @Test
    void a_family_member_sees_only_their_familys_items_with_the_decisions_and_no_minutes() {
        Meeting conference = fixtures.aboutCase(MeetingKind.CASE_CONFERENCE, shared, Set.of());
        long own = fixtures.item("curator", conference.getId(), Topic.REVIEW, shared.caseId(), "Як Ігор відвідує школу?");
        long other = fixtures.item("curator", conference.getId(), Topic.OTHER, hiddenCase, "Родина " + HIDDEN);
        long general = fixtures.item("curator", conference.getId(), Topic.OTHER, null, "Графік чергувань");
        DecisionDetails next = new DecisionDetails();
        next.setKind(DecisionKind.NEXT_REVIEW);
        next.setText("Перегляд через місяць");
        next.setDueOn(LocalDate.now(clock).plusDays(30));
        signedIn.as("curator", () -> {
            room.writeMinutes(own, fixtures.itemVersion(own), "Внутрішня нотатка фахівців");
            room.writeMinutes(other, fixtures.itemVersion(other), HIDDEN_MINUTES);
            decisions.decide(own, next);
            return room.recordInconsistency(own, "Розбіжність у пропусках", police, LocalDate.now(clock).plusDays(7));
        });

        Minutes family = signedIn.as(shared.familyUser(), () -> reader.minutes(conference.getId()));
        assertThat(family.role()).isEqualTo(Minutes.Role.FAMILY);
        assertThat(family.caseId()).isNull();
        // A question added without a case to a meeting about one family is about that family.
        assertThat(family.items()).extracting(Minutes.Item::id).containsExactly(own, general).doesNotContain(other);
        assertThat(family.items().getFirst()).satisfies(i -> {
            assertThat(i.visibility()).isEqualTo(Minutes.Visibility.FULL);
            assertThat(i.familyName()).isEqualTo("Савченко");
            assertThat(i.question()).isEqualTo("Як Ігор відвідує школу?");
            assertThat(i.minutes()).isNull();
            assertThat(i.inconsistencies()).isEmpty();
            assertThat(i.decisions()).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DecisionKind.NEXT_REVIEW);
                assertThat(d.text()).isEqualTo("Перегляд через місяць");
                assertThat(d.resultRoute()).isNull();
            });
        });
        assertThatThrownBy(() -> signedIn.as(shared.familyUser(), () -> reader.minutes(group.getId())))
                .as("the family is not invited to the territorial group").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_who_is_not_invited_reads_the_minutes() {
        for (String stranger : List.of("school", "curator")) {
            assertThatThrownBy(() -> signedIn.as(stranger, () -> reader.minutes(group.getId())))
                    .as(stranger).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(stranger, () -> reader.pdf(group.getId(), Locale.ENGLISH)))
                    .as(stranger).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_pdf_prints_no_more_than_the_reader_may_see() throws IOException {
        byte[] forPolice = signedIn.as("police", () -> reader.pdf(group.getId(), Locale.forLanguageTag("uk")));
        assertThat(new String(forPolice, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        String text = text(forPolice);
        assertThat(text).contains("Протокол:", "Савченко", SHARED_MINUTES, "Графік чергувань",
                "Пункт про родину, у справі якої ви не берете участі");
        assertThat(text).doesNotContain(HIDDEN, HIDDEN_MINUTES, "Запросити родину на зустріч");

        String kept = text(signedIn.as("supervisor", () -> reader.pdf(group.getId(), Locale.forLanguageTag("uk"))));
        assertThat(kept).as("the keeper's copy prints the hidden family, so its absence above means something")
                .contains(HIDDEN, HIDDEN_MINUTES, "Запросити родину на зустріч");
    }

    @Test
    void the_pdf_declares_its_language_and_title_and_reads_item_by_item_by_its_tags() {
        String title = "Протокол: " + group.getTitle();
        TaggedPdf uk = TaggedPdf.read(signedIn.as("police", () -> reader.pdf(group.getId(), Locale.forLanguageTag("uk"))))
                .assertTagged("uk", title, title);
        assertThat(uk.reading()).containsSubsequence("P: Засідання територіальної групи", "H1: " + title,
                "H2: 1. Савченко — Перегляд випадку: Як Ігор відвідує школу?", "P: " + SHARED_MINUTES,
                "H2: 2. Пункт про родину, у справі якої ви не берете участі", "H2: 3. Інше питання: Графік чергувань");
        assertThat(uk.text).doesNotContain(HIDDEN);
        TaggedPdf en = TaggedPdf.read(signedIn.as("police", () -> reader.pdf(group.getId(), Locale.ENGLISH)));
        assertThat(en.language).isEqualTo("en");
        assertThat(en.title).isEqualTo("Minutes: " + group.getTitle());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static Minutes.Item item(Minutes m, long itemId) {
        return m.items().stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
    }

    private static DecisionDetails note(String text) {
        DecisionDetails d = new DecisionDetails();
        d.setKind(DecisionKind.NOTE);
        d.setText(text);
        return d;
    }
}
