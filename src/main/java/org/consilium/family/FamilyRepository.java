package org.consilium.family;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyRepository extends JpaRepository<Family, Long> {

    List<Family> findAllByOrderByNameAsc();
}
