package org.consilium.monitoring;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.ContactKind;
import org.consilium.plan.PlanReader;
import org.consilium.plan.TaskSide;
import org.consilium.plan.TaskStatus;
import org.consilium.plan.TaskWorkService;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts log of a case: read by the case's team (it is social services' own record), written by
 * those who may edit the case. Recording a contact can tick off the family's own tasks seen done at
 * it, in the same save: if one of them cannot be ticked off, nothing is saved.
 */
@Service
@Transactional(readOnly = true)
public class ContactService {

    private final ContactRepository contacts;
    private final CaseService cases;
    private final PlanReader plans;
    private final TaskWorkService tasks;
    private final UserAccountService accounts;
    private final EditGuard guard;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContactService(ContactRepository contacts, CaseService cases, PlanReader plans, TaskWorkService tasks,
                   UserAccountService accounts, EditGuard guard, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.contacts = contacts;
        this.cases = cases;
        this.plans = plans;
        this.tasks = tasks;
        this.accounts = accounts;
        this.guard = guard;
        this.clock = clock;
    }

    /** One contact as the log shows it; {@code mayChange} if the reader may correct it. */
    public record Row(long id, long version, LocalDate contactedOn, ContactKind kind, String participants, String notes,
                      String nextStep, LocalDate nextStepOn, List<String> tasksDone, String recordedBy,
                      Instant recordedAt, boolean mayChange) {
    }

    /** A task of the family's own column in the plan in force, still to do, which a contact can tick off. */
    public record FamilyTask(long id, long version, String description, String memberName, LocalDate dueOn) {
    }

    /** The log, newest first, whether the reader may record a contact, and the family's tasks to tick off. */
    public record Log(long caseId, List<Row> rows, boolean mayRecord, List<FamilyTask> familyTasks) {
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Log log(long caseId) {
        CaseContext ctx = cases.context(caseId, CaseOperation.READ_INTERNAL);
        boolean mayEdit = ctx.may(CaseOperation.EDIT_CASE);
        List<Contact> found = contacts.ofCase(caseId);
        Map<String, String> names = accounts.fullNamesOf(found.stream().map(Contact::getRecordedBy).toList());
        List<Row> rows = found.stream().map(c -> new Row(c.getId(), c.getVersion(), c.getContactedOn(), c.getKind(),
                c.getParticipants(), c.getNotes(), c.getNextStep(), c.getNextStepOn(), c.getTasksDone(),
                names.getOrDefault(c.getRecordedBy(), c.getRecordedBy()), c.getRecordedAt(), mayEdit)).toList();
        return new Log(caseId, rows, mayEdit, mayEdit ? familyTasks(caseId) : List.of());
    }

    /** Records a contact, ticking off the family's tasks it names (each at the version the form read). */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Contact record(long caseId, ContactDetails d) {
        CaseContext ctx = cases.context(caseId, CaseOperation.EDIT_CASE);
        SignedInUser me = accounts.signedIn().orElseThrow();
        Contact c = new Contact(caseId, ctx.familyId(), d, LocalDate.now(clock), clock.instant(), me.username());
        if (!d.getFamilyTasksDone().isEmpty()) {
            Map<Long, FamilyTask> open = familyTasks(caseId).stream()
                    .collect(Collectors.toMap(FamilyTask::id, t -> t));
            d.getFamilyTasksDone().forEach((taskId, version) -> {
                FamilyTask t = open.get(taskId);
                if (t == null) {
                    throw new BusinessException("contact.task.notOpen");
                }
                tasks.reportProgress(taskId, version, TaskStatus.DONE, null, false);
                c.tickedOff(t.description());
            });
        }
        Contact saved = contacts.saveAndFlush(c);
        events.publishEvent(new CaseMonitored(caseId, "live.contact.recorded", me.username(), me.fullName(), clock.instant()));
        return saved;
    }

    /** Corrects a contact, as read at {@code version}; the tasks ticked off with it stay as they are. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Contact change(long contactId, long version, ContactDetails d) {
        Contact c = contacts.findById(contactId).orElseThrow(RecordNotFoundException::new);
        cases.context(c.getCaseId(), CaseOperation.EDIT_CASE);
        guard.atVersion(c, version);
        c.change(d, LocalDate.now(clock));
        guard.flush(c);
        SignedInUser me = accounts.signedIn().orElseThrow();
        events.publishEvent(new CaseMonitored(c.getCaseId(), "live.contact.recorded", me.username(), me.fullName(), clock.instant()));
        return c;
    }

    private List<FamilyTask> familyTasks(long caseId) {
        return plans.inForce(caseId).map(p -> p.goals().stream().flatMap(g -> g.tasks().stream())
                .filter(t -> t.side() == TaskSide.FAMILY && t.status().isOpen() && t.statusChoices().contains(TaskStatus.DONE))
                .map(t -> new FamilyTask(t.id(), t.version(), t.description(), t.memberName(), t.dueOn())).toList())
                .orElse(List.of());
    }
}
