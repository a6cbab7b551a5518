package org.consilium.assessment;

/**
 * The rating of a domain, on the five steps of the goal scale (decision 0014, decision 0024): 1 where
 * the child's needs in the domain are not met at all, 5 where they are fully met. A goal that answers
 * the finding starts where the domain was rated.
 */
public final class DomainRating {

    public static final int MIN = 1;
    public static final int MAX = 5;

    private DomainRating() {
    }

    public static String messageKey(Integer rating) {
        return rating == null ? "assessment.rating.none" : "assessment.rating." + rating;
    }
}
