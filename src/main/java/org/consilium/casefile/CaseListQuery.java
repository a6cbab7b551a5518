package org.consilium.casefile;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Objects;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The case list's query, built from the filters actually set (decision 0034): a filter left at "any"
 * adds no condition, so the database can serve each combination from the index that fits it
 * (for instance {@code (agency_id, is_open, opened_at)} for the open cases, newest first). The family's
 * and the curator's names and the family's district come from the case's own copies, so the list joins
 * nothing. It reads one row more than the page to know whether another page follows,
 * and counts nothing.
 */
@Component
class CaseListQuery {

    /** The list's sortable columns, by the keys the view gives them. */
    private static final Map<String, String> CASE_COLUMNS = Map.of("openedAt", "openedAt", "stage", "stage",
            "supportLevel", "supportLevel", "urgencyRank", "urgencyRank", "stageDueOn", "stageDueOn");

    /** From which row on a page is read through the ids first. */
    static final int DEEP = 1_000;

    private int deep = DEEP;

    @PersistenceContext
    private EntityManager em;

    /**
     * A page of the agency's cases; {@code familyIds} ({@code null} for any) keeps the cases of those
     * families. Sortable by the case's columns, {@code f.name} and {@code u.fullName}; ties go by the case.
     */
    Slice<CaseRow> page(long agencyId, CaseFilter filter, Collection<Long> familyIds, LocalDate today, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        List<CaseRow> rows;
        if (pageable.getOffset() < deep) {
            CriteriaQuery<CaseRow> q = cb.createQuery(CaseRow.class);
            Root<FamilyCase> c = q.from(FamilyCase.class);
            q.select(row(cb, c)).where(conditions(cb, c, agencyId, filter, familyIds, today).toArray(Predicate[]::new))
                    .orderBy(order(cb, c, pageable.getSort()));
            rows = em.createQuery(q).setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize() + 1)
                    .getResultList();
        } else {
            rows = deepPage(cb, agencyId, filter, familyIds, today, pageable);
        }
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    /**
     * A page far down the list: the cases' ids are counted off in the index alone, and only the page's
     * rows are read, instead of reading every row skipped.
     */
    private List<CaseRow> deepPage(CriteriaBuilder cb, long agencyId, CaseFilter filter, Collection<Long> familyIds,
                                   LocalDate today, Pageable pageable) {
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<FamilyCase> c = ids.from(FamilyCase.class);
        ids.select(c.get("id")).where(conditions(cb, c, agencyId, filter, familyIds, today).toArray(Predicate[]::new))
                .orderBy(order(cb, c, pageable.getSort()));
        List<Long> page = em.createQuery(ids).setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize() + 1).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        CriteriaQuery<CaseRow> q = cb.createQuery(CaseRow.class);
        Root<FamilyCase> r = q.from(FamilyCase.class);
        q.select(row(cb, r)).where(r.get("id").in(page));
        Map<Long, CaseRow> byId = new HashMap<>();
        em.createQuery(q).getResultList().forEach(row -> byId.put(row.id(), row));
        return page.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Tests read shallow pages the deep way too, to see that both give the same rows. */
    void readDeepFrom(int offset) {
        this.deep = offset;
    }

    private static Selection<CaseRow> row(CriteriaBuilder cb, Root<FamilyCase> c) {
        return cb.construct(CaseRow.class, c.get("id"), c.get("familyName"), c.get("stage"), c.get("supportLevel"),
                c.get("model"), c.get("curatorName"), c.get("openedAt"), c.get("open"), c.get("urgency"), c.get("stageDueOn"));
    }

    private static List<Predicate> conditions(CriteriaBuilder cb, Root<FamilyCase> c, long agencyId, CaseFilter filter, Collection<Long> familyIds, LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(c.get("agency").get("id"), agencyId));
        if (filter.openOnly()) {
            // Compared with a value, not used as a condition of its own: so the index on it is used.
            where.add(cb.equal(c.get("open"), true));
        }
        if (filter.stage() != null) {
            where.add(cb.equal(c.get("stage"), filter.stage()));
        }
        if (filter.level() != null) {
            where.add(cb.equal(c.get("supportLevel"), filter.level()));
        }
        if (filter.curatorId() != null) {
            where.add(cb.equal(c.get("curator").get("id"), filter.curatorId()));
        }
        if (filter.urgency() != null) {
            // The rank is kept with the urgency and indexed with the due date.
            where.add(cb.equal(c.get("urgencyRank"), filter.urgency().rank()));
        }
        if (filter.overdueOnly()) {
            where.add(cb.lessThan(c.get("stageDueOn"), today));
        }
        String district = filter.district() == null ? "" : filter.district().strip();
        if (!district.isEmpty()) {
            // Kept with the case and indexed with the team and the opening (V38).
            where.add(cb.equal(c.get("familyDistrict"), district));
        }
        if (familyIds != null) {
            where.add(c.get("family").get("id").in(familyIds));
        }
        return where;
    }

    private static List<Order> order(CriteriaBuilder cb, Root<FamilyCase> c, Sort sort) {
        List<Order> orders = new ArrayList<>();
        boolean lastDescending = true;
        for (Sort.Order o : sort) {
            Expression<?> by = switch (o.getProperty()) {
                case "f.name" -> c.get("familyName");
                case "u.fullName" -> c.get("curatorName");
                default -> {
                    String column = CASE_COLUMNS.get(o.getProperty());
                    if (column == null) {
                        throw new IllegalArgumentException("The case list cannot be sorted by " + o.getProperty());
                    }
                    yield c.get(column);
                }
            };
            orders.add(o.isAscending() ? cb.asc(by) : cb.desc(by));
            lastDescending = o.isDescending();
        }
        // The same order every time: equal values go by the case, in the direction of the last column.
        orders.add(lastDescending ? cb.desc(c.get("id")) : cb.asc(c.get("id")));
        return orders;
    }
}
