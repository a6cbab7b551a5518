package org.consilium.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Hibernate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a service saves what a user edited: it refuses an edit made on a version someone else
 * has since replaced, and a save that loses a race at the database, and in both cases tells the loser
 * who saved the record and when ({@link EditConflictException}). Every service that saves user edits
 * goes through it.
 */
@Component
public class EditGuard {

    @PersistenceContext
    private EntityManager em;

    private final StaffNames names;
    private final TransactionTemplate committed;

    EditGuard(StaffNames names, PlatformTransactionManager transactions) {
        this.names = names;
        this.committed = new TransactionTemplate(transactions);
        committed.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        committed.setReadOnly(true);
    }

    /**
     * Refuses the edit if {@code current} is no longer at the version the user opened it at.
     *
     * @return {@code current}, for chaining
     */
    public <T extends AbstractEntity> T atVersion(T current, long openedVersion) {
        if (current.getVersion() != openedVersion) {
            throw conflictWith(current);
        }
        return current;
    }

    /**
     * Writes the pending changes now, so that a concurrent save is found here rather than at commit;
     * the loser is told who saved {@code edited} and when, as committed by the winner.
     *
     * @return {@code edited}, for chaining
     */
    public <T extends AbstractEntity> T flush(T edited) {
        try {
            em.flush();
            return edited;
        } catch (OptimisticLockingFailureException | OptimisticLockException e) {
            throw lastSaved(edited);
        }
    }

    /** The refusal naming who last saved {@code current} (as this transaction read it) and when. */
    public EditConflictException conflictWith(AbstractEntity current) {
        String by = current.getUpdatedBy();
        return new EditConflictException(by == null ? null : names.fullName(by), current.getUpdatedAt());
    }

    /** Reads the winner's save outside the refused transaction, which can no longer read anything. */
    private EditConflictException lastSaved(AbstractEntity edited) {
        Class<?> type = Hibernate.getClass(edited);
        Long id = edited.getId();
        EditConflictException found = id == null ? null : committed.execute(s -> {
            Object winner = em.find(type, id);
            return winner == null ? null : conflictWith((AbstractEntity) winner);
        });
        return found == null ? new EditConflictException(null, null) : found;
    }
}
