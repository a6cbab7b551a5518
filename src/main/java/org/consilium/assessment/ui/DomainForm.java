package org.consilium.assessment.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.consilium.base.ui.MultiSelects;
import org.consilium.assessment.AnswerSources;
import org.consilium.assessment.AssessmentSheet;
import org.consilium.assessment.DomainDetails;
import org.consilium.assessment.DomainFinding;
import org.consilium.assessment.DomainRating;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;

/**
 * One domain of an assessment in progress: what was observed, the needs, the strengths and resources,
 * the risk factors, the rating, the sources (and the answers to information requests it rests on) and
 * the date.
 */
class DomainForm extends EditDialog<DomainDetails> {

    final TextArea observed = new TextArea();
    final TextArea needs = new TextArea();
    final TextArea strengths = new TextArea();
    final TextArea risks = new TextArea();
    final Select<Integer> rating = new Select<>();
    final TextArea sources = new TextArea();
    final MultiSelectComboBox<Long> citedAnswers = new MultiSelectComboBox<>();
    final DatePicker assessedOn = new DatePicker();

    DomainForm(AssessmentSheet sheet, AssessmentSheet.Finding finding, List<AnswerSources.Answer> answers, LocalDate today) {
        super(DomainDetails.class, sheet.assessmentId(), sheet.version(), details(finding, today),
                finding.domain().messageKey());
        setWidth("min(52rem, 95vw)");
        text(observed, "assessment.field.observed", DomainFinding.OBSERVED_MAX).setHelperText(
                getTranslation("assessment.field.observed.help." + finding.domain().name()));
        text(needs, "assessment.field.needs", DomainFinding.TEXT_MAX);
        text(strengths, "assessment.field.strengths", DomainFinding.TEXT_MAX)
                .setHelperText(getTranslation("assessment.field.strengths.help"));
        text(risks, "assessment.field.risks", DomainFinding.TEXT_MAX);
        rating.setLabel(getTranslation("assessment.field.rating"));
        rating.setItems(IntStream.rangeClosed(DomainRating.MIN, DomainRating.MAX).boxed().toList());
        rating.setEmptySelectionAllowed(true);
        rating.setEmptySelectionCaption(getTranslation(DomainRating.messageKey(null)));
        rating.setItemLabelGenerator(r -> getTranslation(DomainRating.messageKey(r)));
        rating.setHelperText(getTranslation("assessment.field.rating.help"));
        text(sources, "assessment.field.sources", DomainFinding.TEXT_MAX)
                .setHelperText(getTranslation("assessment.field.sources.help"));
        Map<Long, String> labels = new LinkedHashMap<>();
        answers.forEach(a -> labels.put(a.id(), a.label()));
        finding.citedAnswers().forEach(c -> labels.putIfAbsent(c.id(), c.label()));
        citedAnswers.setLabel(getTranslation("assessment.field.citedAnswers"));
        citedAnswers.setI18n(MultiSelects.i18n(this));
        citedAnswers.setItems(new ArrayList<>(labels.keySet()));
        citedAnswers.setItemLabelGenerator(id -> labels.getOrDefault(id, "#" + id));
        citedAnswers.setHelperText(getTranslation(labels.isEmpty() ? "assessment.field.citedAnswers.none"
                : "assessment.field.citedAnswers.help"));
        citedAnswers.setEnabled(!labels.isEmpty());
        Dates.labelled(assessedOn, "assessment.field.assessedOn");
        Dates.notAfter(assessedOn, today, getTranslation("assessment.date.future"));
        bindFields();

        FormLayout form = new FormLayout(observed, needs, strengths, risks, rating, assessedOn, sources, citedAnswers);
        form.setColspan(observed, 2);
        form.setColspan(sources, 2);
        form.setColspan(citedAnswers, 2);
        add(form);
    }

    private static DomainDetails details(AssessmentSheet.Finding finding, LocalDate today) {
        DomainDetails d = DomainDetails.of(finding);
        if (d.getAssessedOn() == null) {
            d.setAssessedOn(today);
        }
        return d;
    }

    private TextArea text(TextArea area, String key, int max) {
        area.setLabel(getTranslation(key));
        area.setMaxLength(max);
        return area;
    }
}
