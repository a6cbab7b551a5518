package org.consilium.querycount;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consilium.family.NameKeys;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people behind the pages: agencies with their accounts, and families with their cases in a
 * team, each case come from a verified referral, shared with the partner agencies on the family's
 * consent. Every fifth case is closed, with its first follow-up contact made.
 */
final class People extends Fill {

    /** An account: its id and the user name it signs in with. */
    record Account(long id, String username) {
    }

    /** A family of a mother and a child, and its case. */
    record Case(long id, long familyId, long motherId, long childId, boolean open) {
    }

    private static final String[] OPEN_STAGES = {"INITIAL_ASSESSMENT", "DECISION", "IN_DEPTH_ASSESSMENT", "PLANNING",
            "IMPLEMENTATION", "REVIEW"};
    private static final String[] URGENCIES = {"EMERGENCY", "URGENT", "ROUTINE"};
    private static final String[] CLOSURE_REASONS = {"GOALS_ACHIEVED", "FAMILY_MOVED", "REFUSED_COOPERATION", "TRANSFERRED"};
    private static final String[] RESULTS = {"HELD", "PARTLY_HELD", "NOT_HELD"};

    private final String tag;

    People(JdbcTemplate jdbc, String tag) {
        super(jdbc);
        this.tag = tag;
    }

    long agency(String type, String name) {
        long id = next("agency");
        jdbc.update("insert into agency (id, version, code, name, type, district) values (?, 0, ?, ?, ?, 'Шевченківський')",
                id, "Q" + tag + "-" + id, name + " " + tag, type);
        return id;
    }

    Account account(long agencyId, String role, String fullName) {
        long id = next("user_account");
        String username = ("q" + tag + "." + role + "." + id).toLowerCase();
        jdbc.update("""
                insert into user_account (id, version, username, full_name, email, password_hash, agency_id, locale, enabled)
                values (?, 0, ?, ?, ?, '{noop}unused', ?, 'uk', true)""", id, username, fullName, username + "@example.org",
                agencyId);
        jdbc.update("insert into user_account_role (user_account_id, role) values (?, ?)", id, role);
        return new Account(id, username);
    }

    /**
     * {@code count} families named {@code surname} with their cases in the team, curated by the curator;
     * case {@code i} is in implementation when {@code inImplementation} says so, closed when
     * {@code i % 5 == 4}, otherwise in one of the open stages.
     */
    List<Case> cases(long teamId, Account curator, String surname, int count, List<Long> partners,
                     java.util.function.IntPredicate inImplementation) {
        long family = next("family");
        long member = next("family_member");
        long kase = next("family_case");
        long referral = next("referral");
        long consent = next("family_consent");
        List<Object[]> families = rows();
        List<Object[]> members = rows();
        List<Object[]> cases = rows();
        List<Object[]> referrals = rows();
        List<Object[]> links = rows();
        List<Object[]> reasons = rows();
        List<Object[]> participants = rows();
        List<Object[]> consents = rows();
        List<Object[]> consentTypes = rows();
        List<Object[]> followUps = rows();
        List<Case> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long familyId = family + i;
            long motherId = member + 2L * i;
            long caseId = kase + i;
            String address = "вул. Лічильна, " + (i + 1);
            families.add(new Object[] {familyId, surname, address, NameKeys.address(address)});
            members.add(member(motherId, familyId, 0, surname, "Олена", LocalDate.of(1985, 1, 1), "FEMALE", "MOTHER"));
            members.add(member(motherId + 1, familyId, 1, surname, "Іван", LocalDate.of(2014, 6, 6), "MALE", "CHILD"));
            boolean closed = i % 5 == 4 && !inImplementation.test(i);
            String stage = inImplementation.test(i) ? "IMPLEMENTATION" : closed ? "FOLLOW_UP" : OPEN_STAGES[i % OPEN_STAGES.length];
            String urgency = URGENCIES[i % URGENCIES.length];
            cases.add(new Object[] {caseId, familyId, curator.id(), teamId, stage, !closed, i % 7 == 0 ? "CRISIS" : "BASIC",
                    i % 2 == 0 ? "INTENSIVE" : "BROKER", at(now.minus(Duration.ofDays(100 + i % 200))), urgency, i % 3,
                    day(today.minusDays(30).plusDays(i % 60)), closed ? at(now.minus(Duration.ofDays(i % 300))) : null,
                    closed ? CLOSURE_REASONS[i % CLOSURE_REASONS.length] : null});
            long referralId = referral + i;
            referrals.add(new Object[] {referralId, at(now.minus(Duration.ofHours(5L * i + 3))), urgency, i % 3,
                    at(now.minus(Duration.ofHours(5L * i + 3)).plus(Duration.ofHours(24))), surname + " Олена, Іван",
                    familyId, day(today.minusDays(1)), at(now.minus(Duration.ofHours(5L * i + 1)))});
            links.add(new Object[] {caseId, referralId});
            reasons.add(new Object[] {referralId, "SOCIAL"});
            for (long partner : partners) {
                participants.add(new Object[] {caseId, partner, at(now.minus(Duration.ofDays(50)))});
            }
            consents.add(new Object[] {consent + i, familyId, surname + " Олена", day(today.minusDays(60)), day(today.plusYears(1))});
            for (String type : List.of("SCHOOL", "POLICE", "HEALTH")) {
                consentTypes.add(new Object[] {consent + i, type});
            }
            if (closed) {
                followUps.add(new Object[] {caseId, day(today.minusDays(i % 30)), day(today.minusDays(i % 30)),
                        RESULTS[i % RESULTS.length], curator.username(), at(now.minus(Duration.ofDays(i % 30)))});
            }
            made.add(new Case(caseId, familyId, motherId, motherId + 1, !closed));
        }
        batch("insert into family (id, version, name, district, address, address_key) values (?, 0, ?, 'Шевченківський', ?, ?)",
                families);
        batch("""
                insert into family_member (id, family_id, position, last_name, first_name, birth_date, sex, relation,
                                           last_name_key, full_name_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", members);
        batch("""
                insert into family_case (id, version, family_id, curator_id, agency_id, stage, is_open, support_level, model,
                                         opened_at, urgency, urgency_rank, stage_due_on, closed_at, closure_reason_code)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cases);
        batch("""
                insert into referral (id, version, source_type, source_person, channel, received_at, urgency, urgency_rank, due_at,
                                      people_concerned, description, family_id, status, submitted_by, verification_sources,
                                      family_contact, contacted_on, verification_outcome, verified_at, verified_by)
                values (?, 0, 'PERSON', 'Класна керівниця', 'PHONE', ?, ?, ?, ?, ?, 'Пропуски занять', ?, 'ACCEPTED', 'intake',
                        'Класна керівниця', 'REACHED', ?, 'CONFIRMED', ?, 'intake')""", referrals);
        batch("insert into family_case_referral (case_id, referral_id) values (?, ?)", links);
        batch("insert into referral_reason (referral_id, area) values (?, ?)", reasons);
        batch("""
                insert into case_participant (case_id, agency_id, reason, added_at, added_by)
                values (?, ?, 'PLAN_TASK', ?, 'curator')""", participants);
        batch("""
                insert into family_consent (id, version, family_id, member_name, signed_on, valid_until)
                values (?, 0, ?, ?, ?, ?)""", consents);
        batch("insert into family_consent_agency_type (consent_id, agency_type) values (?, ?)", consentTypes);
        batch("""
                insert into case_follow_up (version, case_id, step_no, due_on, status, contacted_on, contact_kind, result,
                                            recorded_by, recorded_at)
                values (0, ?, 1, ?, 'DONE', ?, 'HOME_VISIT', ?, ?, ?)""", followUps);
        return made;
    }

    private static Object[] member(long id, long familyId, int position, String last, String first, LocalDate born, String sex,
                                   String relation) {
        return new Object[] {id, familyId, position, last, first, day(born), sex, relation, NameKeys.name(last),
                NameKeys.name(last) + " " + NameKeys.name(first)};
    }
}
