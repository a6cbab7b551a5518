-- H2 holds only the embedded demo database and has no SQL triggers: there the audit log is kept
-- append-only by the application alone, which never changes or removes an entry. MariaDB refuses it
-- for every user (db/vendor/mariadb/V7__audit_log_append_only.sql).
SELECT 1;
