package org.consilium.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.calendar.WorkingDays;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.WorkRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The due date of information requests, on MariaDB. Every day used is in 2091. */
@MariaDbTest
class RequestRulesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2091, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));

    @Autowired
    RequestRules requestRules;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    SignedIn signedIn;

    @Autowired
    WorkRules rules;

    @AfterEach
    void restore() {
        signedIn.as("admin", () -> {
            rules.removeHolidays(LocalDate.of(2091, 1, 1), LocalDate.of(2091, 12, 31));
            for (RequestKind kind : RequestKind.values()) {
                rules.answerDays(kind, AnswerTime.DEFAULT_DAYS);
            }
        });
    }

    @Test
    void every_kind_ships_with_five_working_days_so_a_request_sent_on_a_wednesday_is_due_the_next_wednesday() {
        assertThat(signedIn.as("admin", () -> requestRules.answerTimes())).extracting(AnswerTime::getKind)
                .containsExactly(RequestKind.values());
        for (RequestKind kind : RequestKind.values()) {
            assertThat(signedIn.as("curator", () -> requestRules.answerDays(kind))).as(kind.name()).isEqualTo(5);
            assertThat(signedIn.as("curator", () -> requestRules.dueDate(kind, WEDNESDAY))).as(kind.name())
                    .isEqualTo(WEDNESDAY.plusWeeks(1));
        }
        assertThat(signedIn.as("school", () -> requestRules.dueDate(RequestKind.SCHOOL_CHARACTERISATION, WEDNESDAY)))
                .as("the agency asked sees the same date").isEqualTo(WEDNESDAY.plusWeeks(1));
    }

    @Test
    void a_holiday_between_sending_and_the_due_date_moves_it_by_one_working_day() {
        signedIn.as("admin", () -> workingDays.addHoliday(WEDNESDAY.plusDays(2), "Test holiday"));

        assertThat(signedIn.as("curator", () -> requestRules.dueDate(RequestKind.POLICE_INFORMATION, WEDNESDAY)))
                .isEqualTo(WEDNESDAY.plusWeeks(1).plusDays(1));
    }

    @Test
    void the_administrator_changes_the_working_days_of_a_kind_and_zero_or_sixty_one_are_refused_at_the_field() {
        AnswerTime read = answerTime(RequestKind.HEALTH_INFORMATION);
        AnswerTime changed = signedIn.as("admin", () -> requestRules.changeAnswerDays(RequestKind.HEALTH_INFORMATION,
                read.getVersion(), 10));

        assertThat(changed.getWorkingDays()).isEqualTo(10);
        assertThat(signedIn.as("curator", () -> requestRules.dueDate(RequestKind.HEALTH_INFORMATION, WEDNESDAY)))
                .isEqualTo(WEDNESDAY.plusWeeks(2));
        assertThat(signedIn.as("curator", () -> requestRules.dueDate(RequestKind.OTHER, WEDNESDAY)))
                .as("other kinds keep their rule").isEqualTo(WEDNESDAY.plusWeeks(1));

        for (int wrong : new int[] {0, 61}) {
            assertThatThrownBy(() -> signedIn.as("admin", () -> requestRules.changeAnswerDays(
                    RequestKind.HEALTH_INFORMATION, changed.getVersion(), wrong)))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.getMessageKey()).isEqualTo("request.answerDays.range");
                        assertThat(e.getField()).contains(AnswerTime.WORKING_DAYS);
                    });
        }
        assertThat(signedIn.as("admin", () -> requestRules.changeAnswerDays(RequestKind.HEALTH_INFORMATION,
                changed.getVersion(), 60)).getWorkingDays()).as("the largest allowed").isEqualTo(60);
        assertThat(signedIn.as("curator", () -> requestRules.answerDays(RequestKind.HEALTH_INFORMATION))).isEqualTo(60);
    }

    @Test
    void a_change_made_on_a_stale_version_is_refused_and_only_the_administrator_changes_the_rule() {
        AnswerTime read = answerTime(RequestKind.OTHER);
        signedIn.as("admin", () -> requestRules.changeAnswerDays(RequestKind.OTHER, read.getVersion(), 7));

        assertThatThrownBy(() -> signedIn.as("admin", () -> requestRules.changeAnswerDays(RequestKind.OTHER,
                read.getVersion(), 9))).isInstanceOf(EditConflictException.class);
        assertThat(signedIn.as("curator", () -> requestRules.answerDays(RequestKind.OTHER))).isEqualTo(7);

        long current = answerTime(RequestKind.OTHER).getVersion();
        for (String user : new String[] {"curator", "supervisor", "school"}) {
            assertThatThrownBy(() -> signedIn.as(user, () -> requestRules.changeAnswerDays(RequestKind.OTHER, current, 9)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> signedIn.as("family", () -> requestRules.dueDate(RequestKind.OTHER, WEDNESDAY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private AnswerTime answerTime(RequestKind kind) {
        return signedIn.as("admin", () -> requestRules.answerTimes()).stream().filter(t -> t.getKind() == kind)
                .findFirst().orElseThrow();
    }
}
