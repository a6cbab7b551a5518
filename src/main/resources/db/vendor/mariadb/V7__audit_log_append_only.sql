-- The audit log is append-only for every database user, the application's included: an entry can
-- be added, never changed or removed. Keeping entries for a limited time only would be a deliberate
-- act of the database administrator (dropping these triggers), not something the portal can do.

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log is append-only: entries cannot be changed';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log is append-only: entries cannot be removed';
