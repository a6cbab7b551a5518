package org.consilium.monitoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.monitoring.ProgressReview;
import org.consilium.monitoring.ReviewService;
import org.consilium.plan.GoalRating;

/**
 * The progress reviews on the case page, newest first: the family's view, the goals' ratings, the
 * services (one that did not meet the need marked in words), strengths and risks, and the decision; with
 * "Record a progress review" while the plan in force is worked.
 */
class ReviewsPanel extends Div {

    final Button record = new Button();
    final UnorderedList list = new UnorderedList();
    private final ReviewService reviews;
    private final long caseId;

    ReviewsPanel(ReviewService reviews, long caseId) {
        this.reviews = reviews;
        this.caseId = caseId;
        addClassName("case-reviews");
        record.setText(getTranslation("review.record"));
        record.setIcon(VaadinIcon.CHART_LINE.create());
        record.addClickListener(e -> openForm());
        list.addClassName("review-list");
        add(new H3(getTranslation("review.title")), new Paragraph(getTranslation("review.help")), record, list);
        refresh();
    }

    private void refresh() {
        ReviewService.Reviews found = reviews.ofCase(caseId);
        record.setVisible(found.mayRecord());
        list.removeAll();
        if (found.rows().isEmpty()) {
            list.add(new ListItem(getTranslation("review.none")));
            return;
        }
        found.rows().forEach(r -> list.add(item(r)));
    }

    private ListItem item(ReviewService.Row r) {
        ListItem item = new ListItem();
        item.addClassName("review-item");
        item.add(new H4(getTranslation("review.line", Formats.date(r.heldOn(), getLocale()), r.planNumber(),
                getTranslation(r.decision().messageKey()))));
        item.add(new Paragraph(getTranslation("review.familyView.shown", r.familyView())));
        UnorderedList goals = new UnorderedList();
        for (ProgressReview.Goal g : r.goals()) {
            goals.add(new ListItem(getTranslation("review.goal.line", g.statement(),
                    getTranslation(GoalRating.messageKey(g.rating())), getTranslation(GoalRating.messageKey(g.familyRating())))));
        }
        item.add(goals);
        if (!r.services().isEmpty()) {
            UnorderedList services = new UnorderedList();
            for (ProgressReview.Service s : r.services()) {
                String state = !s.received() ? getTranslation("review.service.notReceived")
                        : s.notAdequate() ? getTranslation("review.service.notAdequate") : getTranslation("review.service.adequate");
                ListItem li = new ListItem(getTranslation("review.service.line", s.agencyName(), s.description(), state)
                        + (s.note() == null ? "" : " — " + s.note()));
                if (s.notAdequate() || !s.received()) {
                    li.addClassName("review-service-problem");
                }
                services.add(li);
            }
            item.add(services);
        }
        if (r.strengths() != null) {
            item.add(new Paragraph(getTranslation("review.strengths.shown", r.strengths())));
        }
        if (r.risks() != null) {
            item.add(new Paragraph(getTranslation("review.risks.shown", r.risks())));
        }
        if (r.comment() != null) {
            item.add(new Paragraph(r.comment()));
        }
        Span by = new Span(getTranslation("contact.recordedBy", r.recordedBy()));
        by.addClassName("contact-by");
        item.add(by);
        return item;
    }

    void openForm() {
        ReviewForm form;
        try {
            form = new ReviewForm(reviews.form(caseId), reviews.planInForce(caseId).orElse(null));
        } catch (BusinessException e) {
            Notifications.refused(this, e, this::refresh);
            return;
        }
        form.onReload(() -> UI.getCurrent().refreshCurrentRoute(false));
        form.addSaveListener(e -> {
            if (form.submit(() -> reviews.record(caseId, form.details()))) {
                Notifications.success(getTranslation("review.recorded",
                        getTranslation(form.details().getDecision().messageKey())));
                // The decision may have moved the case and revised its plan: the whole page shows it.
                UI.getCurrent().refreshCurrentRoute(false);
            }
        });
        form.open();
    }
}
