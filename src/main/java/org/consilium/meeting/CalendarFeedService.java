package org.consilium.meeting;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.base.Languages;
import org.consilium.mail.IcsFiles;
import org.consilium.mail.IcsFiles.IcsEvent;
import org.consilium.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A private calendar subscription address for each user who attends meetings, and the feed behind it:
 * the same meetings as "My meetings" (chaired, invited in person, through the agency or the family),
 * from a month ago to six months ahead, for a calendar program that cannot sign in. The address holds
 * a random secret of 256 bits; only its SHA-256 hash is kept, so it is shown once and can be replaced
 * or revoked, never read back. The feed tells a meeting's time, title, place, online link and chair,
 * nothing about who else is invited; cancelled meetings are left out, so a subscribed calendar drops
 * them at its next refresh (decision 0022).
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

    /** Where calendar programs fetch a feed: this, the secret, then {@link #SUFFIX}. */
    public static final String PATH = "/calendar/feed/";
    public static final String SUFFIX = ".ics";

    private static final int SECRET_BYTES = 32;
    /** 32 bytes in URL-safe Base64 without padding. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedTokenRepository tokens;
    private final MeetingRepository meetings;
    private final UserAccountService accounts;
    private final IcsFiles ics;
    private final I18NProvider i18n;
    private final Clock clock;

    CalendarFeedService(CalendarFeedTokenRepository tokens, MeetingRepository meetings, UserAccountService accounts,
                        IcsFiles ics, I18NProvider i18n, Clock clock) {
        this.tokens = tokens;
        this.meetings = meetings;
        this.accounts = accounts;
        this.ics = ics;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** When the signed-in user's subscription address was made, if they have one. */
    @RolesAllowed({AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE,
            AppRoles.HEALTH, AppRoles.FAMILY})
    public Optional<Instant> myAddressMadeAt() {
        return tokens.findByUserId(me().id()).map(CalendarFeedToken::getCreatedAt);
    }

    /**
     * Makes the signed-in user a new subscription address, replacing the one they had, and returns its
     * secret: the only time it can be told, since only its hash is kept.
     */
    @RolesAllowed({AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE,
            AppRoles.HEALTH, AppRoles.FAMILY})
    @Transactional
    public String newAddress() {
        long userId = me().id();
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        tokens.findByUserId(userId).ifPresentOrElse(t -> t.replace(hash(secret), now),
                () -> tokens.save(new CalendarFeedToken(userId, hash(secret), now)));
        tokens.flush();
        return secret;
    }

    /** The signed-in user's subscription address stops working. */
    @RolesAllowed({AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE,
            AppRoles.HEALTH, AppRoles.FAMILY})
    @Transactional
    public void revokeMyAddress() {
        tokens.findByUserId(me().id()).ifPresent(tokens::delete);
        tokens.flush();
    }

    /**
     * The calendar file behind a subscription address, for anyone who knows its secret; empty for a
     * secret unknown, revoked or replaced, or whose owner's account is disabled.
     */
    public Optional<byte[]> feed(String secret) {
        if (secret == null || !WELL_FORMED.matcher(secret).matches()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret)).flatMap(t -> accounts.enabledUser(t.getUserId())).map(this::feedOf);
    }

    private byte[] feedOf(SignedInUser user) {
        Locale language = user.locale() == null ? Languages.UKRAINIAN : user.locale();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        List<IcsEvent> events = meetings.of(user.id(), user.agencyId(), user.familyId(),
                        today.minusMonths(1).atStartOfDay(zone).toInstant(), today.plusMonths(6).plusDays(1).atStartOfDay(zone).toInstant())
                .stream().filter(m -> m.getStatus() == MeetingStatus.SCHEDULED).map(m -> event(m, language)).toList();
        return ics.feed(i18n.getTranslation("meeting.feed.name", language), events);
    }

    /** Time, title, place, link and chair: who else is invited stays in the portal. */
    private IcsEvent event(Meeting m, Locale language) {
        String description = i18n.getTranslation("meeting.mine.chair", language, m.getChairName());
        if (m.getOnlineLink() != null) {
            description += "\n" + i18n.getTranslation("meeting.field.onlineLink", language) + ": " + m.getOnlineLink();
        }
        String location = m.getPlace() == null ? m.getOnlineLink() : m.getPlace();
        return new IcsEvent(m.getUid(), m.getSequence(), m.getStartsAt(), m.getEndsAt(), m.getTitle(), description, location,
                null, null, List.of());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private SignedInUser me() {
        return accounts.signedIn().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
