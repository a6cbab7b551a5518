package org.consilium.security;

import java.util.List;

/**
 * The roles of Consilium, in one place. Views and services name them through these constants;
 * Spring Security sees them as authorities {@code ROLE_<name>}.
 */
public final class AppRoles {

    /** Registers referrals, triages urgency, checks for duplicates (social services reception). */
    public static final String INTAKE = "INTAKE";
    /** Owns cases: assessments, the plan, coordination, monitoring, closure. */
    public static final String CURATOR = "CURATOR";
    /** Head of the territorial group: opens and closes cases, assigns curators, approves plans. */
    public static final String SUPERVISOR = "SUPERVISOR";
    /** Class teacher, social pedagogue or psychologist of a school. */
    public static final String SCHOOL = "SCHOOL";
    /** Juvenile affairs inspector. */
    public static final String POLICE = "POLICE";
    /** Paediatrician, nurse, narcologist. */
    public static final String HEALTH = "HEALTH";
    /** A parent, guardian or older child of a family. */
    public static final String FAMILY = "FAMILY";
    /** Maintains agencies, users and reference lists. */
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(INTAKE, CURATOR, SUPERVISOR, SCHOOL, POLICE, HEALTH, FAMILY, ADMIN);

    /** Roles held by social services staff. */
    public static final List<String> SOCIAL_SERVICES = List.of(INTAKE, CURATOR, SUPERVISOR);

    /** Roles held by partner agencies' staff. */
    public static final List<String> PARTNERS = List.of(SCHOOL, POLICE, HEALTH);

    private AppRoles() {
    }

    public static String authority(String role) {
        return "ROLE_" + role;
    }
}
