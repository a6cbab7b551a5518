package org.consilium.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.consilium.agency.AgencyType;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Calendar subscriptions on MariaDB: the address is made for its owner and only its hash kept; the
 * feed holds the owner's meetings (time, title, place, link, chair; nobody else invited), not other
 * people's, not cancelled ones, not those beyond six months; a revoked or replaced address gives nothing.
 */
@MariaDbTest
class CalendarFeedServiceTest {

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    MeetingService meetings;

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    PlanningCase c;
    String owner;
    long ownerId;

    @BeforeEach
    void aCaseAndAnAttendee() {
        c = testPlans.caseInPlanning();
        owner = staff.createInAnotherTeam("feed", "Олена Календарна", AppRoles.CURATOR, "feed-pass-123");
        ownerId = staff.idOf(owner);
    }

    /** A case conference the demo curator calls, inviting the given users and a guest. */
    private Meeting conference(String title, LocalDate day, Set<Long> users) {
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.CASE_CONFERENCE);
        d.setCaseId(c.caseId());
        d.setTitle(title);
        d.setDay(day);
        d.setStartsAt(LocalTime.of(14, 0));
        d.setEndsAt(LocalTime.of(15, 0));
        d.setPlace("ЦСС, кімната 5");
        d.setOnlineLink("https://meet.example.org/room-5");
        d.setUserIds(users);
        d.setGuests(List.of(new MeetingDetails.Guest("Гість Таємний", "secret-guest@example.org")));
        return signedIn.as("curator", () -> meetings.schedule(d));
    }

    private static Calendar parse(byte[] feed) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(feed));
    }

    private static List<VEvent> events(byte[] feed) throws Exception {
        return parse(feed).getComponents(Component.VEVENT);
    }

    private static List<String> uids(byte[] feed) throws Exception {
        return events(feed).stream().map(e -> value(e, Property.UID)).toList();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(p -> ((Property) p).getValue()).orElse(null);
    }

    @Test
    void the_owner_gets_an_address_whose_secret_is_kept_only_as_its_hash() throws Exception {
        assertThat(signedIn.as(owner, feeds::myAddressMadeAt)).isEmpty();
        String secret = signedIn.as(owner, feeds::newAddress);

        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(events(feeds.feed(secret).orElseThrow())).as("no meetings yet: an empty calendar").isEmpty();
        assertThat(signedIn.as(owner, feeds::myAddressMadeAt)).isPresent();
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM calendar_feed_token WHERE user_id = ?", ownerId);
        assertThat(row.get("token_hash")).isEqualTo(CalendarFeedService.hash(secret)).isNotEqualTo(secret);
        assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(secret));
        assertThat(signedIn.as(owner, feeds::newAddress)).as("a second address is another secret").isNotEqualTo(secret);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_feed_token WHERE user_id = ?", Long.class, ownerId))
                .as("one address per user").isEqualTo(1);
    }

    @Test
    void the_feed_holds_the_owners_meetings_with_time_title_place_link_and_chair_and_nobody_else_invited() throws Exception {
        LocalDate day = LocalDate.now(clock).plusDays(9);
        Meeting mine = conference("Нарада для підписки", day, Set.of(ownerId));
        String secret = signedIn.as(owner, feeds::newAddress);

        byte[] feed = feeds.feed(secret).orElseThrow();
        assertThat(parse(feed).getProperty("X-WR-CALNAME").map(p -> ((Property) p).getValue()))
                .as("in the portal's language for an account without one").hasValue("Consilium: мої зустрічі");
        VEvent event = events(feed).stream().filter(e -> mine.getUid().equals(value(e, Property.UID))).findFirst().orElseThrow();
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Нарада для підписки");
        assertThat(value(event, Property.LOCATION)).isEqualTo("ЦСС, кімната 5");
        assertThat(value(event, Property.DESCRIPTION)).contains("Ірина Коваль", "https://meet.example.org/room-5");
        assertThat(value(event, Property.DTSTART)).isEqualTo(UTC.format(mine.getStartsAt()));
        assertThat(value(event, Property.DTEND)).isEqualTo(UTC.format(mine.getEndsAt()));
        assertThat(event.getProperties(Property.ATTENDEE)).isEmpty();
        assertThat(event.getProperties(Property.ORGANIZER)).isEmpty();
        assertThat(new String(feed, StandardCharsets.UTF_8)).doesNotContain("secret-guest@example.org", "Гість Таємний");
    }

    @Test
    void other_peoples_meetings_cancelled_ones_and_those_beyond_six_months_are_not_in_the_feed() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String other = staff.createInAnotherTeam("feedo", "Інша Людина", AppRoles.CURATOR, "feed-pass-123");
        Meeting mine = conference("Моя нарада", today.plusDays(3), Set.of(ownerId));
        Meeting theirs = conference("Чужа нарада", today.plusDays(4), Set.of(staff.idOf(other)));
        Meeting far = conference("Далека нарада", today.plusMonths(7), Set.of(ownerId));
        Meeting called = conference("Скасована нарада", today.plusDays(5), Set.of(ownerId));
        signedIn.as("curator", () -> meetings.cancel(called.getId(), called.getVersion()));
        String secret = signedIn.as(owner, feeds::newAddress);

        assertThat(uids(feeds.feed(secret).orElseThrow())).contains(mine.getUid())
                .doesNotContain(theirs.getUid(), far.getUid(), called.getUid());
        String theirSecret = signedIn.as(other, feeds::newAddress);
        assertThat(uids(feeds.feed(theirSecret).orElseThrow())).contains(theirs.getUid()).doesNotContain(mine.getUid());
    }

    @Test
    void a_revoked_replaced_unknown_or_malformed_address_gives_nothing() {
        String first = signedIn.as(owner, feeds::newAddress);
        String second = signedIn.as(owner, feeds::newAddress);
        assertThat(feeds.feed(first)).as("replaced").isEmpty();
        assertThat(feeds.feed(second)).isPresent();

        signedIn.as(owner, feeds::revokeMyAddress);
        assertThat(feeds.feed(second)).as("revoked").isEmpty();
        assertThat(signedIn.as(owner, feeds::myAddressMadeAt)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_feed_token WHERE user_id = ?", Long.class, ownerId)).isZero();

        assertThat(feeds.feed("A".repeat(43))).as("unknown").isEmpty();
        assertThat(feeds.feed("../../etc/passwd")).as("malformed").isEmpty();
        assertThat(feeds.feed(null)).isEmpty();
    }

    @Test
    void a_disabled_account_s_address_gives_nothing_and_those_who_attend_no_meetings_get_no_address() {
        String secret = signedIn.as(owner, feeds::newAddress);
        jdbc.update("UPDATE user_account SET enabled = FALSE WHERE id = ?", ownerId);
        try {
            assertThat(feeds.feed(secret)).isEmpty();
        } finally {
            jdbc.update("UPDATE user_account SET enabled = TRUE WHERE id = ?", ownerId);
        }
        assertThat(feeds.feed(secret)).isPresent();
        assertThatThrownBy(() -> signedIn.as("admin", feeds::newAddress)).isInstanceOf(AccessDeniedException.class);
    }
}
