package org.consilium.family;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Finding families by a member's name (decision 0034): each word searched must begin the member's
 * surname or first name, in any spelling ("Коваль" finds "Коваленко", "Kovalenko Andr" finds
 * "Коваленко Андрій"). Words are compared as name keys, so an index on each key serves the search.
 */
@Component
class MemberNames {

    @PersistenceContext
    private EntityManager em;

    /** The name keys of the words searched, the longest (the most telling) first; empty for none. */
    static List<String> words(String nameKey) {
        return Arrays.stream(nameKey.split(" ")).filter(w -> !w.isEmpty())
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    }

    /** Up to {@code max} families with a member whose name begins with each of the words. */
    List<Long> familyIds(List<String> words, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<FamilyMember> m = q.from(FamilyMember.class);
        q.select(m.get("family").get("id")).distinct(true).where(matching(cb, m, words));
        return em.createQuery(q).setMaxResults(max).getResultList();
    }

    /** A subquery of the families with a member so named, for a query over families. */
    Subquery<Long> familyIdsSubquery(CriteriaQuery<?> outer, CriteriaBuilder cb, List<String> words) {
        Subquery<Long> sub = outer.subquery(Long.class);
        Root<FamilyMember> m = sub.from(FamilyMember.class);
        return sub.select(m.get("family").get("id")).where(matching(cb, m, words));
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<FamilyMember> m, List<String> words) {
        // Keys hold letters and single spaces only, so a word needs no escaping in a pattern.
        return words.stream().map(w -> cb.or(cb.like(m.get("lastNameKey"), w + "%"), cb.like(m.get("firstNameKey"), w + "%")))
                .toArray(Predicate[]::new);
    }
}
