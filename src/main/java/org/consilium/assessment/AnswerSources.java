package org.consilium.assessment;

import java.util.List;

/**
 * Answers to a case's information requests that an assessment may cite as the source of a finding,
 * provided as a Spring bean by the module that keeps the requests, without this module knowing it.
 * The provider checks access through its own rules.
 */
public interface AnswerSources {

    /** The answered requests of a case, newest first. */
    List<Answer> answeredOf(long caseId);

    /** One answer: the request's id, how it reads in a list (agency, subject, date), and its address. */
    record Answer(long id, String label, String route) {
    }
}
