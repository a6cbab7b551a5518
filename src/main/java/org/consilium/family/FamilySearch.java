package org.consilium.family;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The family list's query, built from what was searched (decision 0034): a birth date finds the
 * families with a member born that day; words find a member's name from the start of the surname or
 * first name, or the address containing them. A page reads one family more than it shows instead of a
 * count.
 */
@Component
class FamilySearch {

    private final MemberNames names;

    @PersistenceContext
    private EntityManager em;

    FamilySearch(MemberNames names) {
        this.names = names;
    }

    Slice<Family> page(String nameKey, String addressKey, LocalDate birthDate, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Family> q = cb.createQuery(Family.class);
        Root<Family> f = q.from(Family.class);
        List<Predicate> any = new ArrayList<>();
        if (birthDate != null) {
            Subquery<Long> born = q.subquery(Long.class);
            Root<FamilyMember> m = born.from(FamilyMember.class);
            any.add(f.get("id").in(born.select(m.get("family").get("id")).where(cb.equal(m.get("birthDate"), birthDate))));
        }
        List<String> words = MemberNames.words(nameKey);
        if (!words.isEmpty()) {
            any.add(f.get("id").in(names.familyIdsSubquery(q, cb, words)));
        }
        if (!addressKey.isEmpty()) {
            any.add(cb.like(f.get("addressKey"), "%" + addressKey + "%"));
        }
        if (!any.isEmpty()) {
            q.where(cb.or(any.toArray(Predicate[]::new)));
        }
        List<Order> orders = new ArrayList<>();
        for (Sort.Order o : pageable.getSort()) {
            orders.add(o.isAscending() ? cb.asc(f.get(o.getProperty())) : cb.desc(f.get(o.getProperty())));
        }
        orders.add(cb.asc(f.get("id")));
        q.select(f).orderBy(orders);
        List<Family> rows = em.createQuery(q).setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize() + 1).getResultList();
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }
}
