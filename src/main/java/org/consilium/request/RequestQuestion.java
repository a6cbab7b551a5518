package org.consilium.request;

import java.util.Arrays;
import java.util.List;

/** The standard questions of each kind of request; the curator ticks those that apply and may add their own. */
public enum RequestQuestion {
    ATTENDANCE(RequestKind.SCHOOL_CHARACTERISATION, "attendance"),
    PROGRESS(RequestKind.SCHOOL_CHARACTERISATION, "progress"),
    BEHAVIOUR(RequestKind.SCHOOL_CHARACTERISATION, "character"),
    RELATIONS(RequestKind.SCHOOL_CHARACTERISATION, "character"),
    PARENTS_INVOLVEMENT(RequestKind.SCHOOL_CHARACTERISATION, "character"),
    STRENGTHS(RequestKind.SCHOOL_CHARACTERISATION, "character"),
    SCHOOL_ACTIONS(RequestKind.SCHOOL_CHARACTERISATION, "actions"),
    REGISTRATIONS(RequestKind.POLICE_INFORMATION, "records"),
    OFFENCES(RequestKind.POLICE_INFORMATION, "records"),
    DOMESTIC_VIOLENCE(RequestKind.POLICE_INFORMATION, "violence"),
    PROTECTIVE_ORDERS(RequestKind.POLICE_INFORMATION, "violence"),
    POLICE_MEASURES(RequestKind.POLICE_INFORMATION, "actions"),
    HEALTH_STATE(RequestKind.HEALTH_INFORMATION, "health"),
    CHRONIC_CONDITIONS(RequestKind.HEALTH_INFORMATION, "health"),
    VACCINATIONS(RequestKind.HEALTH_INFORMATION, "health"),
    SPECIALISTS(RequestKind.HEALTH_INFORMATION, "care"),
    HOSPITAL_STAYS(RequestKind.HEALTH_INFORMATION, "care");

    private final RequestKind kind;
    private final String section;

    RequestQuestion(RequestKind kind, String section) {
        this.kind = kind;
        this.section = section;
    }

    /** The section of the answer form ({@link AnswerField#section()}) that answers this question. */
    public String section() {
        return section;
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
