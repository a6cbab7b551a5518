package org.consilium.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.LoadOrRefuse;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.casefile.CaseDecision;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CuratorLoad;
import org.consilium.casefile.DecisionCriterion;
import org.consilium.casefile.SupportLevel;
import org.consilium.referral.Referral;
import org.consilium.referral.ReferralService;
import org.consilium.security.AppRoles;

/**
 * The supervisor's decision on a verified referral: support level, model, criteria met and curator,
 * with each curator's open cases shown against the model's norm. It opens the family's case, or
 * adds the referral to the family's open case.
 */
@Route("open-case")
@RolesAllowed(AppRoles.SUPERVISOR)
class OpenCaseView extends VerticalLayout implements HasUrlParameter<Long>, TitledView {

    final Paragraph summary = new Paragraph();
    final ComboBox<SupportLevel> level = new ComboBox<>();
    final ComboBox<CaseModel> model = new ComboBox<>();
    final CheckboxGroup<DecisionCriterion> criteria = new CheckboxGroup<>();
    final ComboBox<CuratorLoad> curator = new ComboBox<>();
    final Checkbox confirmOverload = new Checkbox();
    final TextArea comment = new TextArea();
    final Button open = new Button();
    private final CaseService cases;
    private final ReferralService referrals;
    private Referral referral;

    OpenCaseView(CaseService cases, ReferralService referrals) {
        this.cases = cases;
        this.referrals = referrals;
        DecisionFields.setUp(level, model, criteria);
        curator.setLabel(getTranslation("case.curator"));
        curator.setHelperText(getTranslation("case.open.curatorHelp"));
        curator.setItemLabelGenerator(c -> getTranslation("case.open.load", c.fullName(), c.openCases(), c.norm()));
        curator.setEnabled(false);
        confirmOverload.setLabel(getTranslation("case.open.confirmOverload"));
        confirmOverload.setVisible(false);
        comment.setLabel(getTranslation("case.comment"));
        comment.setWidthFull();
        model.addValueChangeListener(e -> loadCurators());
        curator.addValueChangeListener(e -> confirmOverload.setVisible(e.getValue() != null && e.getValue().wouldExceed()));
        open.setText(getTranslation("case.open.do"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> decide());

        FormLayout form = new FormLayout(level, model, criteria, curator, confirmOverload, comment);
        form.setColspan(criteria, 2);
        form.setColspan(comment, 2);
        add(summary, form, open);
    }

    private void loadCurators() {
        CuratorLoad chosen = curator.getValue();
        if (model.getValue() == null) {
            curator.setEnabled(false);
            return;
        }
        var loads = cases.caseloads(model.getValue());
        curator.setItems(loads);
        curator.setEnabled(true);
        if (chosen != null) {
            loads.stream().filter(l -> l.curatorId() == chosen.curatorId()).findFirst().ifPresent(curator::setValue);
        }
    }

    @Override
    public void setParameter(BeforeEvent event, Long referralId) {
        referral = LoadOrRefuse.load(event, () -> referrals.get(referralId)).orElse(null);
        if (referral == null) {
            return;
        }
        summary.setText(getTranslation("case.open.summary", referral.getFamily() == null ? "—" : referral.getFamily().getName(),
                referral.getPeopleConcerned()));
    }

    private void decide() {
        if (curator.getValue() == null) {
            curator.setErrorMessage(getTranslation("case.curator.notCurator"));
            curator.setInvalid(true);
            return;
        }
        try {
            CaseService.Opened opened = cases.openFromReferral(referral.getId(), referral.getVersion(),
                    new CaseDecision(level.getValue(), model.getValue(), criteria.getValue(), comment.getValue()),
                    curator.getValue().curatorId(), confirmOverload.getValue());
            Notifications.success(getTranslation(opened.joinedOpenCase() ? "case.open.joined" : "case.open.opened"));
            getUI().ifPresent(ui -> ui.navigate(CasePageView.class, opened.familyCase().getId()));
        } catch (BusinessException e) {
            String text = Notifications.text(this, e);
            switch (e.getField().orElse("")) {
                case CaseDecision.CURATOR -> {
                    curator.setErrorMessage(text);
                    curator.setInvalid(true);
                    confirmOverload.setVisible(true);
                }
                case CaseDecision.LEVEL -> {
                    level.setErrorMessage(text);
                    level.setInvalid(true);
                }
                case CaseDecision.MODEL -> {
                    model.setErrorMessage(text);
                    model.setInvalid(true);
                }
                case CaseDecision.CRITERIA -> {
                    criteria.setErrorMessage(text);
                    criteria.setInvalid(true);
                }
                default -> Notifications.error(text);
            }
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("case.open.title");
    }
}
