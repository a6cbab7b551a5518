package org.consilium.request;

import java.util.Arrays;
import java.util.List;

/** The standard questions of each kind of request; the curator ticks those that apply and may add their own. */
public enum RequestQuestion {
    ATTENDANCE(RequestKind.SCHOOL_CHARACTERISATION),
    PROGRESS(RequestKind.SCHOOL_CHARACTERISATION),
    BEHAVIOUR(RequestKind.SCHOOL_CHARACTERISATION),
    RELATIONS(RequestKind.SCHOOL_CHARACTERISATION),
    PARENTS_INVOLVEMENT(RequestKind.SCHOOL_CHARACTERISATION),
    STRENGTHS(RequestKind.SCHOOL_CHARACTERISATION),
    SCHOOL_ACTIONS(RequestKind.SCHOOL_CHARACTERISATION),
    REGISTRATIONS(RequestKind.POLICE_INFORMATION),
    OFFENCES(RequestKind.POLICE_INFORMATION),
    DOMESTIC_VIOLENCE(RequestKind.POLICE_INFORMATION),
    PROTECTIVE_ORDERS(RequestKind.POLICE_INFORMATION),
    POLICE_MEASURES(RequestKind.POLICE_INFORMATION),
    HEALTH_STATE(RequestKind.HEALTH_INFORMATION),
    CHRONIC_CONDITIONS(RequestKind.HEALTH_INFORMATION),
    VACCINATIONS(RequestKind.HEALTH_INFORMATION),
    SPECIALISTS(RequestKind.HEALTH_INFORMATION),
    HOSPITAL_STAYS(RequestKind.HEALTH_INFORMATION);

    private final RequestKind kind;

    RequestQuestion(RequestKind kind) {
        this.kind = kind;
    }

    public RequestKind kind() {
        return kind;
    }

    public static List<RequestQuestion> of(RequestKind kind) {
        return Arrays.stream(values()).filter(q -> q.kind == kind).toList();
    }

    public String messageKey() {
        return "request.question." + name();
    }
}
