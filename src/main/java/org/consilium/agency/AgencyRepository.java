package org.consilium.agency;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);

    boolean existsByNameIgnoreCaseAndDistrictIgnoreCase(String name, String district);

    boolean existsByNameIgnoreCaseAndDistrictIgnoreCaseAndIdNot(String name, String district, Long id);

    @Query("""
            select a from Agency a
            where :filter = '' or lower(a.name) like lower(concat('%', :filter, '%'))
               or lower(a.code) like lower(concat('%', :filter, '%'))
               or lower(a.district) like lower(concat('%', :filter, '%'))
            """)
    Page<Agency> search(@Param("filter") String filter, Pageable pageable);

    List<Agency> findAllByOrderByNameAsc();

    long countByType(AgencyType type);
}
