package org.consilium.family;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyCategoryRepository extends JpaRepository<FamilyCategory, Long> {

    List<FamilyCategory> findByActiveTrueOrderByCode();

    List<FamilyCategory> findAllByOrderByCode();

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByCode(String code);
}
