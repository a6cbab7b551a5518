package org.consilium.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.calendar.WorkingDays;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseModelNorm;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.FollowUpStep;
import org.consilium.casefile.StageTimeLimit;
import org.consilium.referral.ResponseTarget;
import org.consilium.referral.Urgency;
import org.consilium.request.AnswerTime;
import org.consilium.request.RequestKind;
import org.consilium.security.AppRoles;
import org.consilium.workspace.RulesOfWork;
import org.consilium.workspace.RulesOfWork.Rule;
import org.consilium.workspace.RulesOfWork.Rules;

/**
 * The administrator's rules of work: response targets per urgency, caseload norms per model, the time
 * limit of each stage of a case, the working days to answer each kind of information request and the
 * months after closure of each follow-up contact. They
 * are saved together or not at all. Below them, the holidays, each saved at once (decision 0018).
 */
@Route("admin/settings")
@Menu(order = 40, icon = "vaadin:cog", title = "menu.settings")
@RolesAllowed(AppRoles.ADMIN)
class SettingsView extends VerticalLayout implements TitledView {

    final Map<Urgency, IntegerField> targets = new EnumMap<>(Urgency.class);
    final Map<CaseModel, IntegerField> norms = new EnumMap<>(CaseModel.class);
    final Map<CaseStage, IntegerField> stageLimits = new EnumMap<>(CaseStage.class);
    final Map<RequestKind, IntegerField> answerDays = new EnumMap<>(RequestKind.class);
    final Map<Integer, IntegerField> followUpMonths = new TreeMap<>();
    final Button save = new Button();
    final HolidayList holidays;
    private final Map<String, IntegerField> byField = new HashMap<>();
    private final RulesOfWork rules;
    private Rules read;

    SettingsView(RulesOfWork rules, WorkingDays workingDays) {
        this.rules = rules;
        read = rules.current();
        FormLayout targetForm = new FormLayout();
        read.responseHours().forEach((urgency, rule) -> targetForm.add(field(targets, urgency, urgency.messageKey(), "hours", rule,
                ResponseTarget.MAX_HOURS, "settings.hours")));
        FormLayout normForm = new FormLayout();
        read.caseloadNorms().forEach((model, rule) -> normForm.add(field(norms, model, model.messageKey(), "caseload", rule,
                CaseModelNorm.MAX, null)));
        FormLayout limitForm = new FormLayout();
        read.stageDays().forEach((stage, rule) -> limitForm.add(field(stageLimits, stage, stage.messageKey(), "days", rule,
                StageTimeLimit.MAX_DAYS, "settings.days")));
        FormLayout answerForm = new FormLayout();
        read.answerDays().forEach((kind, rule) -> answerForm.add(field(answerDays, kind, kind.messageKey(), "answerDays", rule,
                AnswerTime.MAX_DAYS, "settings.workingDays")));
        FormLayout followUpForm = new FormLayout();
        read.followUpMonths().forEach((step, rule) -> {
            IntegerField f = new IntegerField(getTranslation("settings.followUp.step", step));
            f.setValue(rule.value());
            f.setMin(1);
            f.setMax(FollowUpStep.MAX_MONTHS);
            f.setSuffixComponent(new Span(getTranslation("settings.months")));
            followUpMonths.put(step, f);
            byField.put(RulesOfWork.followUpField(step), f);
            followUpForm.add(f);
        });
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getTranslation("settings.targets")), new Paragraph(getTranslation("settings.targets.help")), targetForm,
                new H2(getTranslation("settings.norms")), new Paragraph(getTranslation("settings.norms.help")), normForm,
                new H2(getTranslation("settings.stageLimits")), new Paragraph(getTranslation("settings.stageLimits.help")),
                limitForm,
                new H2(getTranslation("settings.answerDays")), new Paragraph(getTranslation("settings.answerDays.help")),
                answerForm,
                new H2(getTranslation("settings.followUp")), new Paragraph(getTranslation("settings.followUp.help")),
                followUpForm, save);
        holidays = new HolidayList(workingDays);
        add(holidays);
    }

    private <K extends Enum<K>> IntegerField field(Map<K, IntegerField> fields, K key, String labelKey, String kind,
                                                   Rule rule, int max, String suffixKey) {
        IntegerField f = new IntegerField(getTranslation(labelKey));
        f.setValue(rule.value());
        f.setMin(1);
        f.setMax(max);
        if (suffixKey != null) {
            f.setSuffixComponent(new Span(getTranslation(suffixKey)));
        }
        fields.put(key, f);
        byField.put(RulesOfWork.field(kind, key), f);
        return f;
    }

    /** Checks every value first, so that a wrong one leaves all the rules as they were. */
    private boolean inRange(IntegerField field, int max, String key) {
        Integer v = field.getValue();
        if (v == null || v < 1 || v > max) {
            field.setErrorMessage(getTranslation(key, 1, max));
            field.setInvalid(true);
            return false;
        }
        field.setInvalid(false);
        return true;
    }

    private void save() {
        boolean valid = true;
        for (IntegerField f : targets.values()) {
            valid &= inRange(f, ResponseTarget.MAX_HOURS, "referral.target.range");
        }
        for (IntegerField f : norms.values()) {
            valid &= inRange(f, CaseModelNorm.MAX, "case.norm.range");
        }
        for (IntegerField f : stageLimits.values()) {
            valid &= inRange(f, StageTimeLimit.MAX_DAYS, "case.stageLimit.range");
        }
        for (IntegerField f : answerDays.values()) {
            valid &= inRange(f, AnswerTime.MAX_DAYS, "request.answerDays.range");
        }
        for (IntegerField f : followUpMonths.values()) {
            valid &= inRange(f, FollowUpStep.MAX_MONTHS, "followUp.step.range");
        }
        if (!valid) {
            return;
        }
        try {
            Map<Integer, Integer> months = new HashMap<>();
            followUpMonths.forEach((step, field) -> months.put(step, field.getValue()));
            rules.save(read, values(targets), values(norms), values(stageLimits), values(answerDays), months);
            read = rules.current();
            Notifications.success(getTranslation("settings.saved"));
        } catch (BusinessException e) {
            IntegerField field = e.getField().map(byField::get).orElse(null);
            if (field == null) {
                Notifications.refused(this, e, () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false)));
            } else {
                field.setErrorMessage(Notifications.text(this, e));
                field.setInvalid(true);
            }
        }
    }

    private static <K extends Enum<K>> Map<K, Integer> values(Map<K, IntegerField> fields) {
        Map<K, Integer> values = new HashMap<>();
        fields.forEach((key, field) -> values.put(key, field.getValue()));
        return values;
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.settings");
    }
}
