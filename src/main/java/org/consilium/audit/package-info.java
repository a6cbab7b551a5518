/**
 * The audit log: who read, changed, exported or was refused which record, and every sign-in and
 * sign-out. Append-only: the application never updates or deletes an entry, and on MariaDB a trigger
 * refuses it for every database user (decision 0010).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "agency", "account"})
package org.consilium.audit;

import org.springframework.modulith.ApplicationModule;
