package org.consilium.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consilium.casefile.ui.ClosureEvidence;
import org.consilium.monitoring.ProgressReview;
import org.consilium.monitoring.ReviewService;
import org.springframework.core.annotation.Order;

/**
 * Before a case closes: for each goal, the family's own rating and the rating given at the first progress
 * review ("before") and at the latest ("after"), on the same scale of five steps, as a table.
 */
@org.springframework.stereotype.Component
@Order(15)
class ReviewClosureEvidence implements ClosureEvidence {

    private final ReviewService reviews;

    ReviewClosureEvidence(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public Optional<Component> create(long caseId) {
        return Optional.of(new BeforeAndAfter(reviews.ofCase(caseId).rows()));
    }

    /** The table of "before" and "after", from reviews listed newest first. */
    static class BeforeAndAfter extends Div {

        BeforeAndAfter(List<ReviewService.Row> newestFirst) {
            addClassName("closure-self-evaluation");
            add(new H3(getTranslation("review.closure.title")));
            if (newestFirst.isEmpty()) {
                add(new Paragraph(getTranslation("review.closure.none")));
                return;
            }
            add(new Paragraph(getTranslation("review.closure.help")));
            List<ReviewService.Row> oldestFirst = new ArrayList<>(newestFirst).reversed();
            Map<String, ProgressReview.Goal[]> byGoal = new LinkedHashMap<>();
            for (ReviewService.Row r : oldestFirst) {
                for (ProgressReview.Goal g : r.goals()) {
                    ProgressReview.Goal[] pair = byGoal.computeIfAbsent(g.goalKey(), k -> new ProgressReview.Goal[2]);
                    if (pair[0] == null) {
                        pair[0] = g;
                    }
                    pair[1] = g;
                }
            }
            NativeTable table = new NativeTable();
            table.addClassName("plan-readings-table");
            table.setCaptionText(getTranslation("review.closure.title"));
            NativeTableRow head = table.getHead().addRow();
            for (String key : List.of("review.closure.goal", "review.closure.familyBefore", "review.closure.familyAfter",
                    "review.closure.ratedBefore", "review.closure.ratedAfter")) {
                head.addHeaderCell().setText(getTranslation(key));
            }
            byGoal.values().forEach(pair -> {
                NativeTableRow row = table.getBody().addRow();
                row.addDataCell().setText(pair[1].statement());
                row.addDataCell().setText(step(pair[0].familyRating()));
                row.addDataCell().setText(step(pair[1].familyRating()));
                row.addDataCell().setText(step(pair[0].rating()));
                row.addDataCell().setText(step(pair[1].rating()));
            });
            add(table);
        }

        private String step(Integer rating) {
            return rating == null ? "—" : getTranslation("review.closure.step", rating);
        }
    }
}
