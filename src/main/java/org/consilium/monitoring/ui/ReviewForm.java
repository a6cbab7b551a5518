package org.consilium.monitoring.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.monitoring.ProgressReview;
import org.consilium.monitoring.ReviewDecision;
import org.consilium.monitoring.ReviewDetails;
import org.consilium.plan.GoalRating;
import org.consilium.plan.PlanSheet;

/**
 * A progress review, in the order the methodology holds it: the family's own view first, then each
 * goal's rating (with its ratings so far and latest measured figure), whether each agency's service was
 * received and met the need (a "no" needs a word of why, and the agency is told), new strengths and
 * risks, and the decision.
 */
class ReviewForm extends EditDialog<ReviewDetails> {

    final DatePicker heldOn = new DatePicker();
    final TextArea familyView = new TextArea();
    final TextArea strengths = new TextArea();
    final TextArea risks = new TextArea();
    final RadioButtonGroup<ReviewDecision> decision = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final List<Select<Integer>> ratings = new ArrayList<>();
    final List<Select<Integer>> familyRatings = new ArrayList<>();
    final List<Checkbox> received = new ArrayList<>();
    final List<RadioButtonGroup<Boolean>> adequate = new ArrayList<>();
    final List<TextField> serviceNotes = new ArrayList<>();

    ReviewForm(ReviewDetails d, PlanSheet plan) {
        super(ReviewDetails.class, null, 0, d, "review.form.title");
        setWidth("min(56rem, 95vw)");
        save.setText(getTranslation("review.form.save"));
        Dates.notAfter(Dates.labelled(heldOn, "review.heldOn"), d.getHeldOn(),
                getTranslation("review.heldOn.future")).setRequiredIndicatorVisible(true);
        familyView.setLabel(getTranslation("review.familyView"));
        familyView.setHelperText(getTranslation("review.familyView.help"));
        familyView.setRequiredIndicatorVisible(true);
        familyView.setMaxLength(ProgressReview.TEXT_MAX);
        familyView.setWidthFull();
        strengths.setLabel(getTranslation("review.strengths"));
        strengths.setMaxLength(ProgressReview.TEXT_MAX);
        strengths.setWidthFull();
        risks.setLabel(getTranslation("review.risks"));
        risks.setMaxLength(ProgressReview.TEXT_MAX);
        risks.setWidthFull();
        decision.setLabel(getTranslation("review.decision"));
        decision.setItems(ReviewDecision.values());
        decision.setItemLabelGenerator(k -> getTranslation(k.messageKey() + ".long"));
        decision.setRequiredIndicatorVisible(true);
        comment.setLabel(getTranslation("review.comment"));
        comment.setMaxLength(ProgressReview.TEXT_MAX);
        comment.setWidthFull();
        bindFields();

        add(new FormLayout(heldOn), familyView, goals(d, plan), services(d), strengths, risks, decision, comment);
    }

    private Div goals(ReviewDetails d, PlanSheet plan) {
        Div box = new Div();
        box.addClassName("review-goals");
        box.add(new H4(getTranslation("review.goals")));
        Map<String, PlanSheet.Goal> byKey = new HashMap<>();
        if (plan != null) {
            plan.goals().forEach(g -> byKey.put(g.key(), g));
        }
        for (ReviewDetails.GoalLine line : d.getGoals()) {
            Select<Integer> familyRating = scale(getTranslation("review.goal.familyRating"));
            familyRating.addValueChangeListener(e -> line.setFamilyRating(e.getValue()));
            familyRatings.add(familyRating);
            Select<Integer> rating = scale(getTranslation("review.goal.rating"));
            rating.setValue(line.getRating());
            rating.addValueChangeListener(e -> line.setRating(e.getValue()));
            ratings.add(rating);
            box.add(new H4(line.statement()), new FormLayout(familyRating, rating));
            PlanSheet.Goal g = byKey.get(line.goalKey());
            if (g != null) {
                box.add(new Paragraph(sofar(g)));
            }
        }
        return box;
    }

    /** A choice on the goals' scale of five steps, or none. */
    private Select<Integer> scale(String label) {
        Select<Integer> s = new Select<>();
        s.setLabel(label);
        s.setItems(GoalRating.MIN, 2, 3, 4, GoalRating.MAX);
        s.setItemLabelGenerator(r -> getTranslation(GoalRating.messageKey(r)));
        s.setPlaceholder(getTranslation("plan.rating.none"));
        s.setEmptySelectionAllowed(true);
        s.setEmptySelectionCaption(getTranslation("plan.rating.none"));
        return s;
    }

    /** The goal's ratings so far and its latest measured figure, so the new rating is given knowingly. */
    private String sofar(PlanSheet.Goal g) {
        String rated = g.ratings().isEmpty() ? getTranslation("review.goal.notRatedYet")
                : getTranslation("review.goal.ratedSoFar", String.join(", ", g.ratings().stream()
                .map(r -> Formats.date(r.on(), getLocale()) + ": " + r.rating()).toList()));
        if (g.readings().isEmpty()) {
            return rated;
        }
        PlanSheet.Reading last = g.readings().getLast();
        return rated + " " + getTranslation("review.goal.lastReading", getTranslation(last.indicator()),
                Formats.number(last.value(), getLocale()), Formats.period(last.periodStart(), last.periodEnd(), getLocale()));
    }

    private Div services(ReviewDetails d) {
        Div box = new Div();
        box.addClassName("review-services");
        box.add(new H4(getTranslation("review.services")));
        if (d.getServices().isEmpty()) {
            box.add(new Paragraph(getTranslation("review.services.none")));
            return box;
        }
        box.add(new Paragraph(getTranslation("review.services.help")));
        for (ReviewDetails.ServiceLine line : d.getServices()) {
            Paragraph what = new Paragraph(getTranslation("review.service.what", line.agencyName(), line.description()));
            Checkbox got = new Checkbox(getTranslation("review.service.received"), line.isReceived());
            RadioButtonGroup<Boolean> met = new RadioButtonGroup<>(getTranslation("review.service.adequateQuestion"));
            met.setItems(Boolean.TRUE, Boolean.FALSE);
            met.setItemLabelGenerator(b -> getTranslation(b ? "review.service.yes" : "review.service.no"));
            met.setValue(line.isAdequate());
            TextField note = new TextField(getTranslation("review.service.note"));
            note.setMaxLength(ProgressReview.NOTE_MAX);
            note.setWidthFull();
            got.addValueChangeListener(e -> {
                line.setReceived(e.getValue());
                met.setEnabled(e.getValue());
            });
            met.addValueChangeListener(e -> {
                line.setAdequate(!Boolean.FALSE.equals(e.getValue()));
                note.setRequiredIndicatorVisible(Boolean.FALSE.equals(e.getValue()));
            });
            note.addValueChangeListener(e -> line.setNote(e.getValue()));
            received.add(got);
            adequate.add(met);
            serviceNotes.add(note);
            Div row = new Div(what, got, met, note);
            row.addClassName("review-service");
            box.add(row);
        }
        return box;
    }

    /** A service's missing reason is shown at its own field; anything else as any form shows it. */
    @Override
    public void showError(BusinessException e) {
        String field = e.getField().orElse("");
        if (field.startsWith("serviceNote.")) {
            int i = Integer.parseInt(field.substring("serviceNote.".length()));
            serviceNotes.get(i).setErrorMessage(Notifications.text(this, e));
            serviceNotes.get(i).setInvalid(true);
            return;
        }
        super.showError(e);
    }
}
