package org.consilium.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.consilium.assessment.AnswerSources;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's answered information requests, offered to its assessment as sources of a finding, for
 * those who may read the case's internal records. The label is kept with the finding as it reads when
 * cited, so it names the agency, whom the request was about and the day of the answer, without words
 * of one language.
 */
@Component
class RequestAnswerSources implements AnswerSources {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final RequestRepository requests;
    private final CaseService cases;
    private final Clock clock;

    RequestAnswerSources(RequestRepository requests, CaseService cases, Clock clock) {
        this.requests = requests;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Answer> answeredOf(long caseId) {
        if (cases.contextsIfAllowed(List.of(caseId), CaseOperation.READ_INTERNAL).isEmpty()) {
            return List.of();
        }
        return requests.ofCase(caseId).stream()
                .filter(r -> r.getStatus() == RequestStatus.ANSWERED && r.getAnsweredAt() != null)
                .sorted(Comparator.comparing(InformationRequest::getAnsweredAt).reversed())
                .map(r -> new Answer(r.getId(), r.getAgency().getName() + " · " + r.getSubject().getName() + " · "
                        + DAY.format(LocalDate.ofInstant(r.getAnsweredAt(), clock.getZone())),
                        "request/" + r.getId()))
                .toList();
    }
}
