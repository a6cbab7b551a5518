package org.consilium.audit;

import jakarta.persistence.EntityManagerFactory;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.consilium.base.AbstractEntity;
import org.consilium.base.AuditEvent;
import org.consilium.base.FamilyRecord;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Records every change to a record users edit (an {@link AbstractEntity}): which record, and which
 * fields changed. Values are written for key fields — states, dates, numbers, yes/no — and left out
 * for free text, which may hold personal details the log must not copy.
 */
@Component
class EntityChangeAudit implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** Bookkeeping that changes with every save and says nothing about the record. */
    private static final Set<String> IGNORED = Set.of("version", "updatedAt", "updatedBy");

    private final AuditLog log;

    EntityChangeAudit(EntityManagerFactory factory, AuditLog log) {
        this.log = log;
        EventListenerRegistry registry = factory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(event.getEntity(), event.getId(), "created");
        if (event.getEntity() instanceof FamilyRecord f && f.auditTeamId() != null && f.auditFamilyId() != null) {
            log.rememberTeamOfFamily(f.auditFamilyId(), f.auditTeamId());
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        int[] dirty = event.getDirtyProperties();
        if (dirty == null || dirty.length == 0) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        Object[] before = event.getOldState();
        Object[] after = event.getState();
        List<String> changes = new ArrayList<>();
        for (int i : dirty) {
            if (IGNORED.contains(names[i])) {
                continue;
            }
            Object old = before == null ? null : before[i];
            Object now = after[i];
            changes.add(isKeyValue(old) && isKeyValue(now) ? names[i] + ": " + show(old) + " → " + show(now) : names[i]);
        }
        if (!changes.isEmpty()) {
            record(event.getEntity(), event.getId(), String.join("; ", changes));
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(event.getEntity(), event.getId(), "deleted");
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(Object entity, Object id, String detail) {
        // Records users edit, and records of a family's file that are written once (a task's notes).
        if (!(entity instanceof AbstractEntity) && !(entity instanceof FamilyRecord)) {
            return;
        }
        Long familyId = null;
        Long caseId = null;
        String label = null;
        if (entity instanceof FamilyRecord f) {
            familyId = f.auditFamilyId();
            caseId = f.auditCaseId();
            label = f.auditFamilyLabel();
        }
        log.writeInCurrentTransaction(new AuditEvent(AuditEvent.Action.CHANGE, entity.getClass().getSimpleName(),
                id instanceof Number n ? n.longValue() : null, familyId, label, caseId, detail));
    }

    private static boolean isKeyValue(Object v) {
        return v == null || v instanceof Enum<?> || v instanceof Number || v instanceof Boolean || v instanceof Temporal;
    }

    private static String show(Object v) {
        return v == null ? "—" : v.toString();
    }
}
