package org.consilium.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanRepository extends JpaRepository<FamilyPlan, Long> {

    @Query("select p from FamilyPlan p where p.caseId = :caseId order by p.number desc")
    List<FamilyPlan> ofCase(@Param("caseId") long caseId);

    @Query("select p.caseId from FamilyPlan p where p.status = org.consilium.plan.PlanStatus.AGREED")
    List<Long> casesWithPlanAwaitingApproval();

    @Query("select p from FamilyPlan p where p.caseId = :caseId and p.status = org.consilium.plan.PlanStatus.ACTIVE")
    Optional<FamilyPlan> activeOfCase(@Param("caseId") long caseId);

    @Query("select coalesce(max(p.number), 0) from FamilyPlan p where p.caseId = :caseId")
    int lastNumber(@Param("caseId") long caseId);

    @Query("select g from PlanGoal g join fetch g.plan where g.id = :id")
    Optional<PlanGoal> goal(@Param("id") long id);

    @Query("select t from PlanTask t join fetch t.goal g join fetch g.plan where t.id = :id")
    Optional<PlanTask> task(@Param("id") long id);

    /** The open tasks of plans in force that are past their due date, by plan. */
    @Query("""
            select t from PlanTask t join fetch t.goal g join fetch g.plan p left join fetch t.user left join fetch t.agency
            where p.status = org.consilium.plan.PlanStatus.ACTIVE and t.dueOn < :today
              and t.status in (org.consilium.plan.TaskStatus.PLANNED, org.consilium.plan.TaskStatus.IN_PROGRESS)
            order by p.id, t.id""")
    List<PlanTask> overdueInForce(@Param("today") LocalDate today);

    /** The open and recent tasks of an agency in plans being worked, due first. */
    @Query("""
            select t from PlanTask t join fetch t.goal g join fetch g.plan p left join fetch t.user
            where t.agency.id = :agencyId and t.side = org.consilium.plan.TaskSide.SPECIALIST
              and p.status = org.consilium.plan.PlanStatus.ACTIVE
            order by t.dueOn, t.id""")
    List<PlanTask> activeTasksOfAgency(@Param("agencyId") long agencyId);

    @Query("select n from TaskNote n where n.caseId = :caseId order by n.writtenAt, n.id")
    List<TaskNote> notesOfCase(@Param("caseId") long caseId);

    @Query("select p from TaskProposal p where p.caseId = :caseId order by p.proposedAt desc")
    List<TaskProposal> proposalsOfCase(@Param("caseId") long caseId);

    @Query("select p from TaskProposal p where p.id = :id")
    Optional<TaskProposal> proposal(@Param("id") long id);
}
