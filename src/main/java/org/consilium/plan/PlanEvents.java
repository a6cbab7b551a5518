package org.consilium.plan;

import java.time.Clock;
import java.util.List;
import org.consilium.account.UserAccount;
import org.consilium.casefile.CaseContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes what happened to a plan, by the signed-in user, inside the change's transaction. */
@Component
class PlanEvents {

    private final ApplicationEventPublisher events;
    private final PlanAccess access;
    private final Clock clock;

    PlanEvents(ApplicationEventPublisher events, PlanAccess access, Clock clock) {
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    void changed(CaseContext ctx, long planId) {
        publish(PlanActivity.Kind.CHANGED, ctx, planId, List.of(), null);
    }

    void publish(PlanActivity.Kind kind, CaseContext ctx, long planId, List<PlanTask> tasks, String proposer) {
        UserAccount me = access.me();
        events.publishEvent(new PlanActivity(kind, ctx.caseId(), planId, ctx.familyId(), ctx.familyName(), ctx.curatorId(), ctx.teamAgencyId(),
                tasks.stream().map(PlanActivity.Task::of).toList(), proposer, me.getUsername(), me.getFullName(),
                clock.instant()));
    }
}
