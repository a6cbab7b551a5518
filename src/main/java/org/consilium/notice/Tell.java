package org.consilium.notice;

/**
 * What to tell: the kind ({@code notice.<kind>} words it), the case it is about, the family's name and
 * the subject (a task's text) for those who may see the case, who did it, where to look, and for a
 * notice that must go only once (an overdue task), the key that makes it once. Every recipient reads
 * the family ({@code familyOpen}) or the subject ({@code subjectOpen}) anyway on the record the notice
 * is about, whatever the case's own rules: the addressees of an information request read the family it
 * names, those invited to a meeting its title.
 */
record Tell(String kind, Long caseId, String familyName, String subject, String actor, String actorName, String link,
            String onceKey, boolean familyOpen, boolean subjectOpen) {

    Tell(String kind, Long caseId, String familyName, String subject, String actor, String actorName, String link,
         String onceKey) {
        this(kind, caseId, familyName, subject, actor, actorName, link, onceKey, false, false);
    }
}
