package org.consilium.plan;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.consilium.casefile.CaseService;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in family member's home says about their plan: where the family stands with it
 * ({@link FamilyStep}) and the family's own tasks still to do in the plan in force, the earliest due
 * first.
 */
@Service
@Transactional(readOnly = true)
public class FamilyGuide {

    /** The family's plan as its home shows it; {@code caseId} is null while the family has no case. */
    public record FamilyNow(FamilyStep step, Long caseId, List<FamilyTask> tasks) {
    }

    /** One of the family's own open tasks. */
    public record FamilyTask(long taskId, String description, String memberName, LocalDate dueOn, TaskStatus status,
                             boolean overdue) {
    }

    private final CaseService cases;
    private final PlanReader reader;
    private final PlanRepository plans;
    private final Clock clock;

    FamilyGuide(CaseService cases, PlanReader reader, PlanRepository plans, Clock clock) {
        this.cases = cases;
        this.reader = reader;
        this.plans = plans;
        this.clock = clock;
    }

    @RolesAllowed(AppRoles.FAMILY)
    public FamilyNow now() {
        Long caseId = cases.myFamilyCaseId().orElse(null);
        if (caseId == null) {
            return new FamilyNow(FamilyStep.DRAFTING, null, List.of());
        }
        FamilyStep step = FamilyStep.of(reader.overview(caseId));
        LocalDate today = LocalDate.now(clock);
        List<FamilyTask> tasks = plans.activeOfCase(caseId).stream()
                .flatMap(p -> p.tasks().stream())
                .filter(t -> t.getSide() == TaskSide.FAMILY && t.getStatus().isOpen())
                .sorted(Comparator.comparing(PlanTask::getDueOn))
                .map(t -> new FamilyTask(t.getId(), t.getDescription(),
                        t.getMember() == null ? null : t.getMember().getFullName(), t.getDueOn(), t.getStatus(),
                        t.isOverdue(today)))
                .toList();
        return new FamilyNow(step, caseId, tasks);
    }
}
