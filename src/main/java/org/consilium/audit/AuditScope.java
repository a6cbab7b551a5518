package org.consilium.audit;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.consilium.security.AppRoles;

/**
 * Which entries of the audit log a reader sees (decision 0010). Administrators see all of it. A
 * supervisor sees the entries about the families their team is responsible for, whoever wrote them
 * (their staff, partner agencies, the family itself), and everything their own team's staff did,
 * themselves included. Nobody else reads the log (the service's role check).
 *
 * @param everything the whole log
 * @param teamId the team whose families' entries are shown ({@code null}: none)
 * @param staff the user names whose own entries are shown; never empty
 */
record AuditScope(boolean everything, Long teamId, List<String> staff) {

    static AuditScope of(Set<String> roles, String username, Long teamId, List<String> teamStaff) {
        if (roles.contains(AppRoles.ADMIN)) {
            return new AuditScope(true, null, List.of(username));
        }
        return new AuditScope(false, teamId, Stream.concat(Stream.of(username), teamStaff.stream()).distinct().toList());
    }
}
