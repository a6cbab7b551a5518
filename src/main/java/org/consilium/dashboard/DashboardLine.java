package org.consilium.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the list behind a figure: where it leads (a case, a plan, a request), the family, what it is
 * (a message key and its arguments; an argument that is itself a message key is translated too) and its date.
 */
public record DashboardLine(String route, String familyName, String whatKey, List<String> args, LocalDate date) {

    public DashboardLine {
        args = List.copyOf(args);
    }
}
