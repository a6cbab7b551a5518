package org.consilium.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.consilium.account.UserAccountDetails;
import org.consilium.account.UserAccountService;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyService;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Emergency overrides end on MariaDB: a partner agency that sees a case only by an override stops
 * seeing it when the override's time is up or it is withdrawn; a renewal keeps it in force; only
 * those who manage the case's sharing renew or withdraw, on the version they saw; the audit log
 * keeps both as changes of the override.
 */
@MariaDbTest
class OverrideEndTest {

    private static final String REASON = "Дитина повідомила про насильство вдома, поліція має знати адресу й склад сім'ї сьогодні";
    private static final String STILL = "Мати не відповідає, інспектор ще не бачив дітей; перевірка триває";

    @Autowired
    SharingService sharing;

    @Autowired
    CaseService cases;

    @Autowired
    SharingProperties rules;

    @Autowired
    TestCases testCases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    UserAccountService accounts;

    @Autowired
    AgencyService agencies;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private long caseId;
    private long overrideId;

    /** A new case that the police take part in without the family's consent, shared with them by an override. */
    @BeforeEach
    void aCaseThePoliceSeeOnlyByAnOverride() {
        caseId = testCases.openCaseForDemoCurator();
        Agency police = staff.agencyOf(AgencyType.POLICE);
        overrideId = signedIn.as("curator", () -> {
            sharing.addParticipant(caseId, police.getId());
            return sharing.emergencyOverride(caseId, police.getId(), REASON);
        }).getId();
        assertThat(policeSeeTheCase()).isTrue();
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void an_override_holds_for_the_configured_time_and_the_partner_is_refused_once_the_clock_passes_its_end() {
        assertThat(rules.overrideDuration()).isEqualTo(Duration.ofHours(72));
        CaseSharing.Override o = override();
        assertThat(o.inForce()).isTrue();
        assertThat(Duration.between(o.grantedAt(), o.expiresAt())).isEqualTo(Duration.ofHours(72));
        assertThat(signedIn.as("police", () -> sharing.shared(caseId))).hasValueSatisfying(s -> {
            assertThat(s.sharing()).isEqualTo(CaseSharing.Sharing.EMERGENCY_OVERRIDE);
            assertThat(s.overrideUntil()).isEqualTo(o.expiresAt());
        });

        clock.advance(Duration.ofHours(71));
        assertThat(policeSeeTheCase()).isTrue();

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        assertThat(policeSeeTheCase()).isFalse();
        assertThatThrownBy(() -> signedIn.as("police", () -> sharing.shared(caseId))).isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("police", () -> sharing.sharedWithMyAgency())).extracting(SharedCase::caseId).doesNotContain(caseId);
        assertThat(override().inForce()).isFalse();
        assertThat(participantSharing()).isEqualTo(CaseSharing.Sharing.NOT_SHARED);
    }

    @Test
    void a_withdrawal_ends_the_partners_view_at_once_and_names_who_withdrew_it() {
        signedIn.as("curator", () -> sharing.withdrawOverride(overrideId, override().version()));

        assertThat(policeSeeTheCase()).isFalse();
        assertThatThrownBy(() -> signedIn.as("police", () -> sharing.shared(caseId))).isInstanceOf(AccessDeniedException.class);
        CaseSharing.Override o = override();
        assertThat(o.inForce()).isFalse();
        assertThat(o.withdrawnBy()).isEqualTo("Ірина Коваль");
        assertThat(o.withdrawnAt()).isNotNull();
        assertThat(participantSharing()).isEqualTo(CaseSharing.Sharing.NOT_SHARED);

        assertThatThrownBy(() -> signedIn.as("supervisor", () -> sharing.withdrawOverride(overrideId, o.version())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("sharing.override.alreadyWithdrawn"));
        assertThatThrownBy(() -> signedIn.as("supervisor", () -> sharing.renewOverride(overrideId, o.version(), STILL)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("sharing.override.ended"));
    }

    @Test
    void a_renewal_keeps_the_override_in_force_past_its_first_end_and_is_shown_with_its_reason() {
        Instant firstEnd = override().expiresAt();
        clock.advance(Duration.ofHours(48));
        Instant renewedAt = clock.instant();
        EmergencyOverride renewed = signedIn.as("supervisor", () -> sharing.renewOverride(overrideId, override().version(), STILL));
        assertThat(Duration.between(renewedAt, renewed.getExpiresAt())).isBetween(Duration.ofHours(72), Duration.ofHours(72).plusMinutes(1));

        clock.advance(Duration.ofHours(48));
        assertThat(clock.instant()).isAfter(firstEnd);
        assertThat(policeSeeTheCase()).isTrue();
        CaseSharing.Override o = override();
        assertThat(o.inForce()).isTrue();
        // The database keeps microseconds.
        assertThat(o.expiresAt()).isCloseTo(renewed.getExpiresAt(), within(1, ChronoUnit.MILLIS));
        assertThat(o.renewals()).singleElement().satisfies(r -> {
            assertThat(r.renewedBy()).isEqualTo("Андрій Мороз");
            assertThat(r.reason()).isEqualTo(STILL);
            assertThat(r.expiresAt()).isEqualTo(o.expiresAt());
        });
        assertThat(signedIn.as("police", () -> sharing.shared(caseId))).hasValueSatisfying(s ->
                assertThat(s.overrideUntil()).isEqualTo(o.expiresAt()));

        clock.advance(Duration.ofHours(25));
        assertThat(policeSeeTheCase()).isFalse();
    }

    @Test
    void an_override_past_its_end_cannot_be_renewed_and_a_short_reason_is_refused_at_its_field() {
        assertThatThrownBy(() -> signedIn.as("curator", () -> sharing.renewOverride(overrideId, override().version(), "ще триває")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).contains("reason");
                    assertThat(e.getMessageKey()).isEqualTo("sharing.override.renewalReasonTooShort");
                });
        assertThat(override().renewals()).isEmpty();

        clock.advance(Duration.ofHours(73));
        assertThatThrownBy(() -> signedIn.as("curator", () -> sharing.renewOverride(overrideId, override().version(), STILL)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("sharing.override.ended"));
        assertThat(policeSeeTheCase()).isFalse();
    }

    @Test
    void only_those_who_manage_the_cases_sharing_renew_or_withdraw_it_and_refusals_are_logged() {
        long version = override().version();
        String otherSupervisor = otherTeamsSupervisor();
        String teamCurator = staff.create("tmc.", "Колега З Команди", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "team-curator-1");
        for (String refused : List.of(otherSupervisor, teamCurator, "police", "school", "intake")) {
            assertThatThrownBy(() -> signedIn.as(refused, () -> sharing.renewOverride(overrideId, version, STILL))).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(refused, () -> sharing.withdrawOverride(overrideId, version))).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String user : List.of(otherSupervisor, teamCurator)) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'DENIED' AND username = ? AND entity_id = ? AND detail = 'MANAGE_SHARING'",
                    Long.class, user, caseId)).as(user).isEqualTo(2);
        }
        CaseSharing.Override o = override();
        assertThat(o.version()).isEqualTo(version);
        assertThat(o.renewals()).isEmpty();
        assertThat(o.withdrawnAt()).isNull();
        assertThat(policeSeeTheCase()).isTrue();

        EmergencyOverride renewed = signedIn.as("supervisor", () -> sharing.renewOverride(overrideId, version, STILL));
        signedIn.as("curator", () -> sharing.withdrawOverride(overrideId, renewed.getVersion()));
        assertThat(policeSeeTheCase()).isFalse();
    }

    @Test
    void a_change_on_a_stale_version_is_refused_naming_who_changed_it_by_full_name() {
        long seen = override().version();
        signedIn.as("curator", () -> sharing.renewOverride(overrideId, seen, STILL));

        for (Runnable stale : List.<Runnable>of(
                () -> signedIn.as("supervisor", () -> sharing.withdrawOverride(overrideId, seen)),
                () -> signedIn.as("supervisor", () -> sharing.renewOverride(overrideId, seen, STILL + " знову")))) {
            assertThatThrownBy(stale::run).isInstanceOfSatisfying(EditConflictException.class, e -> {
                assertThat(e.getChangedBy()).isEqualTo("Ірина Коваль");
                assertThat(e.getChangedAt()).isNotNull();
            });
        }
        CaseSharing.Override o = override();
        assertThat(o.withdrawnAt()).isNull();
        assertThat(o.renewals()).hasSize(1);
    }

    @Test
    void renewal_and_withdrawal_are_in_the_audit_log_as_changes_of_the_override_with_the_old_and_new_end() {
        Instant firstEnd = override().expiresAt();
        EmergencyOverride renewed = signedIn.as("supervisor", () -> sharing.renewOverride(overrideId, override().version(), STILL));
        signedIn.as("curator", () -> sharing.withdrawOverride(overrideId, renewed.getVersion()));

        List<String[]> changes = jdbc.query("""
                        SELECT username, detail FROM audit_entry
                        WHERE action = 'CHANGE' AND entity_type = 'EmergencyOverride' AND entity_id = ? AND case_id = ? ORDER BY id""",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, overrideId, caseId);
        assertThat(changes).hasSize(3);
        assertThat(changes.get(0)).containsExactly("curator", "created");
        assertThat(changes.get(1)[0]).isEqualTo("supervisor");
        assertThat(changes.get(1)[1]).contains("expiresAt: " + firstEnd + " → " + renewed.getExpiresAt());
        assertThat(changes.get(2)[0]).isEqualTo("curator");
        assertThat(changes.get(2)[1]).contains("withdrawnAt: — → ").contains("withdrawnBy").doesNotContain("expiresAt");
    }

    private CaseSharing.Override override() {
        return signedIn.as("curator", () -> sharing.caseSharing(caseId)).overrides().stream()
                .filter(o -> o.id() == overrideId).findFirst().orElseThrow();
    }

    private CaseSharing.Sharing participantSharing() {
        return signedIn.as("curator", () -> sharing.caseSharing(caseId)).participants().stream()
                .filter(p -> p.type() == AgencyType.POLICE).findFirst().orElseThrow().sharing();
    }

    /** Whether the police may read the case, as every module that asks the access policy is told. */
    private boolean policeSeeTheCase() {
        return signedIn.as("police", () -> cases.contextsIfAllowed(List.of(caseId), CaseOperation.READ_SHARED))
                .containsKey(caseId);
    }

    private String otherTeamsSupervisor() {
        Agency otherTeam = signedIn.as("admin", () -> agencies.create(new AgencyDetails(
                SignedIn.unique("OTH").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""), SignedIn.unique("Інший центр "),
                AgencyType.SOCIAL_SERVICES, "")));
        String username = SignedIn.unique("ots.").toLowerCase(Locale.ROOT);
        UserAccountDetails d = new UserAccountDetails();
        d.setUsername(username);
        d.setFullName("Керівник Іншого Центру");
        d.setRoles(Set.of(AppRoles.SUPERVISOR));
        d.setAgency(otherTeam);
        d.setNewPassword("other-supervisor-1");
        signedIn.as("admin", () -> accounts.create(d));
        return username;
    }
}
