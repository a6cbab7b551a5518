package org.consilium.monitoring;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.consilium.account.UserAccountService;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseTimelineNotes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts with the family in the case's timeline, on the day they were made (at noon of that day in
 * the portal's zone, so that they sort among the moves of the same day), for those who may read the
 * team's internal records.
 */
@Component
class ContactTimelineNotes implements CaseTimelineNotes {

    private final ContactRepository contacts;
    private final CaseService cases;
    private final UserAccountService accounts;
    private final Clock clock;

    ContactTimelineNotes(ContactRepository contacts, CaseService cases, UserAccountService accounts, Clock clock) {
        this.contacts = contacts;
        this.cases = cases;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Note> notesOf(long caseId) {
        if (cases.contextsIfAllowed(List.of(caseId), CaseOperation.READ_INTERNAL).isEmpty()) {
            return List.of();
        }
        List<Contact> found = contacts.ofCase(caseId);
        Map<String, String> names = accounts.fullNamesOf(found.stream().map(Contact::getRecordedBy).toList());
        return found.stream().map(c -> new Note(c.getContactedOn().atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant(),
                names.getOrDefault(c.getRecordedBy(), c.getRecordedBy()), "contact.timeline." + c.getKind().name(),
                List.of(c.getParticipants()), null)).toList();
    }
}
