package org.consilium.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<TaskProposal, Long> {
}
