package org.consilium.request;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.calendar.WorkingDays;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's rule for information requests: how many working days an agency has to answer a
 * request of each kind, and so the date a request sent on a day is due (decision 0018).
 */
@Service
@Transactional(readOnly = true)
public class RequestRules {

    private final AnswerTimeRepository answerTimes;
    private final WorkingDays workingDays;
    private final EditGuard guard;

    RequestRules(AnswerTimeRepository answerTimes, WorkingDays workingDays, EditGuard guard) {
        this.answerTimes = answerTimes;
        this.workingDays = workingDays;
        this.guard = guard;
    }

    /** How many working days an agency has to answer a request of {@code kind}. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL,
            AppRoles.POLICE, AppRoles.HEALTH})
    public int answerDays(RequestKind kind) {
        return answerTimes.findByKind(kind).map(AnswerTime::getWorkingDays).orElse(AnswerTime.DEFAULT_DAYS);
    }

    /**
     * The day a request of {@code kind} sent on {@code sentOn} is due: {@link #answerDays} working days
     * later, the day it is sent not counted.
     */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL,
            AppRoles.POLICE, AppRoles.HEALTH})
    public LocalDate dueDate(RequestKind kind, LocalDate sentOn) {
        return workingDays.plusWorkingDays(sentOn, answerDays(kind));
    }

    /** The answer time of every kind, in the order of the kinds. */
    @RolesAllowed(AppRoles.ADMIN)
    public List<AnswerTime> answerTimes() {
        return answerTimes.findAll().stream().sorted(Comparator.comparing(AnswerTime::getKind)).toList();
    }

    /**
     * The administrator sets how many working days agencies have to answer a request of {@code kind}
     * ({@value AnswerTime#MIN_DAYS} to {@value AnswerTime#MAX_DAYS}), as read at {@code version}.
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public AnswerTime changeAnswerDays(RequestKind kind, long version, int days) {
        AnswerTime t = guard.atVersion(answerTimes.findByKind(kind).orElseThrow(() -> new RecordNotFoundException()),
                version);
        t.changeWorkingDays(days);
        return guard.flush(t);
    }
}
