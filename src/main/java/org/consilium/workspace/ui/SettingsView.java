package org.consilium.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntConsumer;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseModelNorm;
import org.consilium.casefile.CaseNorms;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.StageTimeLimit;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ResponseTarget;
import org.consilium.referral.Urgency;
import org.consilium.security.AppRoles;

/**
 * The administrator's rules of work: response targets per urgency, caseload norms per model and the
 * time limit of each stage of a case.
 */
@Route("admin/settings")
@Menu(order = 40, icon = "vaadin:cog", title = "menu.settings")
@RolesAllowed(AppRoles.ADMIN)
class SettingsView extends VerticalLayout implements TitledView {

    final Map<Urgency, IntegerField> targets = new EnumMap<>(Urgency.class);
    final Map<CaseModel, IntegerField> norms = new EnumMap<>(CaseModel.class);
    final Map<CaseStage, IntegerField> stageLimits = new EnumMap<>(CaseStage.class);
    final Button save = new Button();
    private final ReferralService referrals;
    private final CaseNorms cases;

    SettingsView(ReferralService referrals, CaseNorms cases) {
        this.referrals = referrals;
        this.cases = cases;
        FormLayout targetForm = new FormLayout();
        for (ResponseTarget t : referrals.responseTargets()) {
            IntegerField f = new IntegerField(getTranslation(t.getUrgency().messageKey()));
            f.setValue(t.getHours());
            f.setMin(1);
            f.setMax(ResponseTarget.MAX_HOURS);
            f.setSuffixComponent(new Span(getTranslation("settings.hours")));
            targets.put(t.getUrgency(), f);
            targetForm.add(f);
        }
        FormLayout normForm = new FormLayout();
        for (CaseModelNorm n : cases.norms()) {
            IntegerField f = new IntegerField(getTranslation(n.getModel().messageKey()));
            f.setValue(n.getCaseloadNorm());
            f.setMin(1);
            f.setMax(CaseModelNorm.MAX);
            norms.put(n.getModel(), f);
            normForm.add(f);
        }
        FormLayout limitForm = new FormLayout();
        for (StageTimeLimit l : cases.stageTimeLimits()) {
            IntegerField f = new IntegerField(getTranslation(l.getStage().messageKey()));
            f.setValue(l.getDays());
            f.setMin(1);
            f.setMax(StageTimeLimit.MAX_DAYS);
            f.setSuffixComponent(new Span(getTranslation("settings.days")));
            stageLimits.put(l.getStage(), f);
            limitForm.add(f);
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H3(getTranslation("settings.targets")), new Paragraph(getTranslation("settings.targets.help")), targetForm,
                new H3(getTranslation("settings.norms")), new Paragraph(getTranslation("settings.norms.help")), normForm,
                new H3(getTranslation("settings.stageLimits")), new Paragraph(getTranslation("settings.stageLimits.help")),
                limitForm, save);
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
        if (!valid) {
            return;
        }
        boolean ok = true;
        for (var entry : targets.entrySet()) {
            ok &= apply(entry.getValue(), v -> referrals.changeResponseTarget(entry.getKey(), v));
        }
        for (var entry : norms.entrySet()) {
            ok &= apply(entry.getValue(), v -> cases.changeNorm(entry.getKey(), v));
        }
        for (var entry : stageLimits.entrySet()) {
            ok &= apply(entry.getValue(), v -> cases.changeStageTimeLimit(entry.getKey(), v));
        }
        if (ok) {
            Notifications.success(getTranslation("settings.saved"));
        }
    }

    private boolean apply(IntegerField field, IntConsumer change) {
        try {
            if (field.getValue() == null) {
                throw BusinessException.atField("value", "validation.required");
            }
            change.accept(field.getValue());
            field.setInvalid(false);
            return true;
        } catch (BusinessException e) {
            field.setErrorMessage(Notifications.text(this, e));
            field.setInvalid(true);
            return false;
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.settings");
    }
}
