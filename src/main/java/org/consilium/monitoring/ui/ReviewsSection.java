package org.consilium.monitoring.ui;

import com.vaadin.flow.component.Component;
import org.consilium.casefile.ui.CaseSection;
import org.consilium.monitoring.ReviewService;
import org.springframework.core.annotation.Order;

/** The case page's progress reviews, provided to the case page by this module. */
@org.springframework.stereotype.Component
@Order(6)
class ReviewsSection implements CaseSection {

    private final ReviewService reviews;

    ReviewsSection(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public Component create(long caseId) {
        return new ReviewsPanel(reviews, caseId);
    }
}
