/**
 * Mail: messages the portal sends (meeting invitations and their cancellations, later reminders) and
 * the calendar files that go with them. {@link org.consilium.mail.Outbox} records every message and
 * sends it after its transaction commits, or keeps it in the portal when no mail server is configured
 * (the embedded first run); {@link org.consilium.mail.IcsFiles} writes iCalendar files. This module
 * knows nothing of meetings or of any other caller (decision 0021). {@code org.consilium.mail.ui}
 * holds the administrator's outbox page.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security"})
package org.consilium.mail;

import org.springframework.modulith.ApplicationModule;
