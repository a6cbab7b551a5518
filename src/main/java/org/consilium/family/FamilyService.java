package org.consilium.family;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Families known to the portal. */
@Service
@Transactional(readOnly = true)
public class FamilyService {

    private final FamilyRepository families;

    FamilyService(FamilyRepository families) {
        this.families = families;
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

    /** Registers a family; used by the embedded demo data until intake registers families. */
    @Transactional
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE})
    public Family register(String name, String district) {
        return families.save(new Family(name, district));
    }
}
