package org.consilium.agency;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.security.AppRoles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agencies: administrators maintain them. */
@Service
@Transactional(readOnly = true)
public class AgencyService {

    private final AgencyRepository agencies;
    private final EditGuard guard;

    AgencyService(AgencyRepository agencies, EditGuard guard) {
        this.agencies = agencies;
        this.guard = guard;
    }

    @RolesAllowed(AppRoles.ADMIN)
    public Page<Agency> page(Pageable pageable, String filter) {
        return agencies.search(filter == null ? "" : filter.strip(), pageable);
    }

    /** All agencies by name, for choosing one in a form. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<Agency> all() {
        return agencies.findAllByOrderByNameAsc();
    }

    @RolesAllowed(AppRoles.ADMIN)
    public long count() {
        return agencies.count();
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public Agency create(AgencyDetails details) {
        Agency agency = new Agency(details);
        refuseDuplicates(agency.getCode(), agency.getName(), agency.getDistrict(), null);
        try {
            return agencies.saveAndFlush(agency);
        } catch (DataIntegrityViolationException e) {
            // Someone saved the same code between the check above and this insert.
            throw BusinessException.atField(AgencyDetails.CODE, "agency.code.taken", agency.getCode());
        }
    }

    /**
     * Saves the administrator's changes to an agency they opened at {@code version}. Refused, naming
     * who saved it and when, if someone saved it in the meantime.
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public Agency update(long id, long version, AgencyDetails details) {
        Agency agency = guard.atVersion(agencies.findById(id).orElseThrow(() -> new RecordNotFoundException()),
                version);
        Agency checked = new Agency(details);
        refuseDuplicates(checked.getCode(), checked.getName(), checked.getDistrict(), agency.getId());
        agency.apply(details);
        return guard.flush(agency);
    }

    private void refuseDuplicates(String code, String name, String district, Long id) {
        boolean codeTaken = id == null ? agencies.existsByCodeIgnoreCase(code)
                : agencies.existsByCodeIgnoreCaseAndIdNot(code, id);
        if (codeTaken) {
            throw BusinessException.atField(AgencyDetails.CODE, "agency.code.taken", code);
        }
        boolean nameTaken = id == null ? agencies.existsByNameIgnoreCaseAndDistrictIgnoreCase(name, district)
                : agencies.existsByNameIgnoreCaseAndDistrictIgnoreCaseAndIdNot(name, district, id);
        if (nameTaken) {
            throw BusinessException.atField(AgencyDetails.NAME, "agency.name.taken", name);
        }
    }
}
