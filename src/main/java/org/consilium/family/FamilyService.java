package org.consilium.family;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consilium.base.AuditEvent;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Families known to social services: registration with duplicate detection, and search. */
@Service
@Transactional(readOnly = true)
public class FamilyService {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

    private final FamilyRepository families;
    private final FamilyCategoryRepository categories;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final EditGuard guard;
    private final MemberNames names;
    private final FamilySearch search;

    FamilyService(FamilyRepository families, FamilyCategoryRepository categories, Clock clock,
                  ApplicationEventPublisher events, EditGuard guard, MemberNames names, FamilySearch search) {
        this.names = names;
        this.search = search;
        this.events = events;
        this.guard = guard;
        this.families = families;
        this.categories = categories;
        this.clock = clock;
    }

    /** A family by its id, for social services staff. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<Family> get(long id) {
        return families.findById(id);
    }

    /** A family opened to be read, with its members; the opening is kept in the audit log. */
    @RolesAllowed({AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<FamilyRow> open(long id) {
        return families.findById(id).map(f -> {
            events.publishEvent(AuditEvent.viewed("family", f.getId(), f.getId(), f.getName(), null));
            return FamilyRow.of(f, LocalDate.now(clock));
        });
    }

    /** The active family categories, for choosing in a form. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<FamilyCategory> categories() {
        return categories.findByActiveTrueOrderByCode();
    }

    /** Every family category, active or not, for the administrator's list. */
    @RolesAllowed(AppRoles.ADMIN)
    public List<FamilyCategory> allCategories() {
        return categories.findAllByOrderByCode();
    }

    /**
     * Adds a category ({@code id} null) or changes one the administrator opened at {@code version};
     * a change is refused, naming who saved the category and when, if someone saved it in the meantime.
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public FamilyCategory saveCategory(Long id, long version, CategoryDetails details) {
        FamilyCategory checked = new FamilyCategory(details);
        boolean taken = id == null ? categories.existsByCode(checked.getCode()) : categories.existsByCodeAndIdNot(checked.getCode(), id);
        if (taken) {
            throw BusinessException.atField(CategoryDetails.CODE, "family.category.code.taken", checked.getCode());
        }
        if (id == null) {
            return categories.saveAndFlush(checked);
        }
        FamilyCategory c = guard.atVersion(categories.findById(id).orElseThrow(() -> new RecordNotFoundException()),
                version);
        c.apply(details);
        return guard.flush(c);
    }

    /**
     * Families already known that may be the one described: a child with the same name and birth
     * date, or a similar surname at the same address. Spelling in Cyrillic or Latin letters and
     * letter case do not matter.
     */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<DuplicateCandidate> likelyDuplicates(FamilyDetails details) {
        Map<Long, DuplicateCandidate> found = new LinkedHashMap<>();
        for (MemberDetails m : details.getMembers()) {
            if (m.getRelation() != null && m.getRelation().isChild() && m.getBirthDate() != null
                    && m.getLastName() != null && m.getFirstName() != null) {
                for (Family f : families.findWithChild(FamilyMember.fullNameKey(m.getLastName(), m.getFirstName()),
                        m.getBirthDate(), EnumSet.of(Relation.CHILD, Relation.OTHER_CHILD))) {
                    found.putIfAbsent(f.getId(), candidate(f, DuplicateCandidate.Reason.SAME_CHILD));
                }
            }
        }
        String addressKey = NameKeys.address(details.getAddress());
        if (!addressKey.isEmpty()) {
            List<String> surnames = details.getMembers().stream()
                    .filter(m -> m.getLastName() != null).map(m -> NameKeys.name(m.getLastName())).toList();
            for (Family f : families.findByAddressKey(addressKey)) {
                boolean similar = f.getMembers().stream().anyMatch(known ->
                        surnames.stream().anyMatch(s -> NameKeys.similar(s, known.getLastNameKey())));
                if (similar) {
                    found.putIfAbsent(f.getId(), candidate(f, DuplicateCandidate.Reason.SAME_ADDRESS_SIMILAR_SURNAME));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static DuplicateCandidate candidate(Family f, DuplicateCandidate.Reason reason) {
        return new DuplicateCandidate(f.getId(), f.getName(), f.getAddress(),
                f.getMembers().stream().map(FamilyMember::getFullName).toList(), reason);
    }

    /**
     * Registers a family. If it looks like a family already known, it is refused unless the user
     * has seen the likely duplicates and chose to register a new family anyway.
     */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Family register(FamilyDetails details, boolean duplicatesReviewed) {
        Family family = Family.register(details, LocalDate.now(clock));
        if (!duplicatesReviewed && !likelyDuplicates(details).isEmpty()) {
            throw BusinessException.atField(FamilyDetails.MEMBERS, DuplicateCandidate.FOUND);
        }
        return families.save(family);
    }

    /**
     * Families by a birth date, a member's name or the address, in any spelling; an empty query lists
     * all (decision 0034). A query with a number in it is a date or an address (names hold none); one
     * without is a name, each word matching the start of the surname or first name, and only when no
     * member is so named is it looked for in the addresses (a street without a house number).
     */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Slice<FamilyRow> search(String query, Pageable pageable) {
        String q = query == null ? "" : query.strip();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = parseDate(q);
        if (date != null) {
            return search.page("", "", date, pageable).map(f -> FamilyRow.of(f, today));
        }
        boolean address = q.chars().anyMatch(Character::isDigit);
        String nameKey = address ? "" : NameKeys.words(q);
        Slice<Family> found = search.page(nameKey, address ? NameKeys.address(q) : "", null, pageable);
        if (!address && !nameKey.isEmpty() && found.isEmpty()
                && search.page(nameKey, "", null, PageRequest.of(0, 1)).isEmpty()) {
            found = search.page("", NameKeys.address(q), null, pageable);
        }
        return found.map(f -> FamilyRow.of(f, today));
    }

    /** The most families a member's name may pick out for another module's list. */
    public static final int MAX_NAMED = 2_000;

    /**
     * The families with a member of this name, in any spelling, each word matching the start of the
     * surname or first name (decision 0034), for another module's list filtered by a member's name;
     * empty for a blank name. A name that fits more than {@link #MAX_NAMED} families is refused at the
     * field {@code familyMember}: more of it is needed.
     */
    @RolesAllowed({AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Set<Long> idsWithMemberNamed(String name) {
        List<String> words = MemberNames.words(NameKeys.words(name));
        if (words.isEmpty()) {
            return Set.of();
        }
        return fewEnough(names.familyIds(words, MAX_NAMED + 1), MAX_NAMED);
    }

    /** The families found, unless there are more than {@code max}: then more of the name is needed. */
    static Set<Long> fewEnough(List<Long> ids, int max) {
        if (ids.size() > max) {
            throw BusinessException.atField(NAMED_FIELD, "family.search.tooMany", max);
        }
        return Set.copyOf(ids);
    }

    /** The field of another module's filter that names a family member. */
    public static final String NAMED_FIELD = "familyMember";

    private static LocalDate parseDate(String q) {
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(q, f);
            } catch (DateTimeParseException e) {
                // not a date in this format; try the next
            }
        }
        return null;
    }

    /** All families by name, for linking a family member's account. */
    @RolesAllowed(AppRoles.ADMIN)
    public List<Family> all() {
        return families.findAllByOrderByNameAsc();
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public long count() {
        return families.count();
    }

}
