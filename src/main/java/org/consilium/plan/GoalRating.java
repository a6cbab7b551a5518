package org.consilium.plan;

/**
 * How far a goal has come, on a five-step scale rated at progress reviews (decision 0014): steps a
 * family and a specialist can agree on, rather than a percentage nobody can measure.
 */
public final class GoalRating {

    public static final int MIN = 1;
    public static final int MAX = 5;

    private GoalRating() {
    }

    public static String messageKey(Integer rating) {
        return rating == null ? "plan.rating.none" : "plan.rating." + rating;
    }
}
