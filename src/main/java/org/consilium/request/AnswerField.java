package org.consilium.request;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of the answer form of each kind of request, in the order the form and the printout show
 * them, grouped into sections. {@link #FREE_TEXT} belongs to every kind.
 */
public enum AnswerField {
    // School characterisation
    DAYS_MISSED_EXCUSED(RequestKind.SCHOOL_CHARACTERISATION, "attendance", Type.WHOLE_NUMBER),
    DAYS_MISSED_UNEXCUSED(RequestKind.SCHOOL_CHARACTERISATION, "attendance", Type.WHOLE_NUMBER),
    PROGRESS_LANGUAGES(RequestKind.SCHOOL_CHARACTERISATION, "progress", Type.CHOICE, "GOOD", "SATISFACTORY", "WEAK"),
    PROGRESS_MATHEMATICS(RequestKind.SCHOOL_CHARACTERISATION, "progress", Type.CHOICE, "GOOD", "SATISFACTORY", "WEAK"),
    PROGRESS_SCIENCES(RequestKind.SCHOOL_CHARACTERISATION, "progress", Type.CHOICE, "GOOD", "SATISFACTORY", "WEAK"),
    PROGRESS_HUMANITIES(RequestKind.SCHOOL_CHARACTERISATION, "progress", Type.CHOICE, "GOOD", "SATISFACTORY", "WEAK"),
    PROGRESS_ARTS_SPORTS(RequestKind.SCHOOL_CHARACTERISATION, "progress", Type.CHOICE, "GOOD", "SATISFACTORY", "WEAK"),
    AVERAGE_MARK(RequestKind.SCHOOL_CHARACTERISATION, "progress", Type.MARK),
    BEHAVIOUR(RequestKind.SCHOOL_CHARACTERISATION, "character", Type.LONG_TEXT),
    RELATIONS(RequestKind.SCHOOL_CHARACTERISATION, "character", Type.LONG_TEXT),
    PARENTS_INVOLVEMENT(RequestKind.SCHOOL_CHARACTERISATION, "character", Type.LONG_TEXT),
    STRENGTHS(RequestKind.SCHOOL_CHARACTERISATION, "character", Type.LONG_TEXT),
    CONCERNS(RequestKind.SCHOOL_CHARACTERISATION, "character", Type.LONG_TEXT),
    SCHOOL_ACTIONS(RequestKind.SCHOOL_CHARACTERISATION, "actions", Type.LONG_TEXT),
    RECOMMENDATIONS(RequestKind.SCHOOL_CHARACTERISATION, "actions", Type.LONG_TEXT),
    PREPARED_BY_ROLE(RequestKind.SCHOOL_CHARACTERISATION, "signature", Type.CHOICE,
            "CLASS_TEACHER", "PSYCHOLOGIST", "SOCIAL_PEDAGOGUE"),
    PREPARED_BY_NAME(RequestKind.SCHOOL_CHARACTERISATION, "signature", Type.TEXT),
    SIGNED_BY(RequestKind.SCHOOL_CHARACTERISATION, "signature", Type.TEXT),
    // Police information
    POLICE_REGISTRATIONS(RequestKind.POLICE_INFORMATION, "records", Type.LONG_TEXT),
    OFFENCES(RequestKind.POLICE_INFORMATION, "records", Type.LONG_TEXT),
    DOMESTIC_VIOLENCE_CALLS(RequestKind.POLICE_INFORMATION, "violence", Type.WHOLE_NUMBER),
    DOMESTIC_VIOLENCE_DETAILS(RequestKind.POLICE_INFORMATION, "violence", Type.LONG_TEXT),
    PROTECTIVE_ORDERS(RequestKind.POLICE_INFORMATION, "violence", Type.LONG_TEXT),
    POLICE_MEASURES(RequestKind.POLICE_INFORMATION, "actions", Type.LONG_TEXT),
    // Health information
    HEALTH_GROUP(RequestKind.HEALTH_INFORMATION, "health", Type.CHOICE, "I", "II", "III", "IV", "V"),
    DISABILITY(RequestKind.HEALTH_INFORMATION, "health", Type.TEXT),
    CHRONIC_CONDITIONS(RequestKind.HEALTH_INFORMATION, "health", Type.LONG_TEXT),
    VACCINATIONS(RequestKind.HEALTH_INFORMATION, "health", Type.CHOICE, "UP_TO_DATE", "INCOMPLETE", "NONE"),
    SPECIALIST_REGISTRATIONS(RequestKind.HEALTH_INFORMATION, "care", Type.LONG_TEXT),
    PREGNANCY(RequestKind.HEALTH_INFORMATION, "care", Type.LONG_TEXT),
    HOSPITAL_STAYS(RequestKind.HEALTH_INFORMATION, "care", Type.LONG_TEXT),
    // Every kind
    FREE_TEXT(null, "other", Type.LONG_TEXT);

    /** What a field holds, and so how it is entered and checked. */
    public enum Type {
        /** A count of zero or more (days, calls). */
        WHOLE_NUMBER,
        /** A mark on the twelve-point scale, with at most one decimal. */
        MARK,
        /** One of the field's options. */
        CHOICE,
        /** A line of text. */
        TEXT,
        /** Paragraphs of text. */
        LONG_TEXT
    }

    /** Sections every form has, whatever was asked. */
    private static final Set<String> ALWAYS = Set.of("signature", "other");

    public static final int TEXT_MAX = 200;
    public static final int LONG_TEXT_MAX = 4000;

    private final RequestKind kind;
    private final String section;
    private final Type type;
    private final List<String> options;

    AnswerField(RequestKind kind, String section, Type type, String... options) {
        this.kind = kind;
        this.section = section;
        this.type = type;
        this.options = List.of(options);
    }

    /** The fields of a kind's form, in order, ending with free text. */
    public static List<AnswerField> of(RequestKind kind) {
        return Arrays.stream(values()).filter(f -> f.kind == kind || f.kind == null).toList();
    }

    /**
     * The fields of a kind's form that answer the questions asked: their sections, and always who
     * prepared and signed it and free text. Without standard questions, every field of the kind.
     */
    public static List<AnswerField> answering(RequestKind kind, Set<RequestQuestion> asked) {
        if (asked.isEmpty()) {
            return of(kind);
        }
        Set<String> sections = asked.stream().map(RequestQuestion::section).collect(Collectors.toSet());
        return of(kind).stream().filter(f -> sections.contains(f.section) || ALWAYS.contains(f.section)).toList();
    }

    public Type type() {
        return type;
    }

    public List<String> options() {
        return options;
    }

    /** The section the field is shown in; its title is {@link #sectionKey()}. */
    public String section() {
        return section;
    }

    public String sectionKey() {
        return "request.section." + section;
    }

    /** The name a refusal points at on the form. */
    public String fieldName() {
        return name();
    }

    public String messageKey() {
        return "request.field." + name();
    }

    public static String optionKey(String option) {
        return "request.option." + option;
    }
}
