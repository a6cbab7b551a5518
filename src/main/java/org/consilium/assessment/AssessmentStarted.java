package org.consilium.assessment;

/**
 * A new version of a case's assessment was started from {@code previousId} (null for the first), in
 * the transaction that saves it: parts kept with an assessment (its social map) copy themselves over.
 */
record AssessmentStarted(long caseId, Long previousId, long assessmentId) {
}
