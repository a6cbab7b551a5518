package org.consilium.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consilium.assessment.ActFormOptions;
import org.consilium.assessment.HousingAct;
import org.consilium.assessment.HousingActChoices.Choice;
import org.consilium.assessment.HousingActChoices.Dwelling;
import org.consilium.assessment.HousingActChoices.Food;
import org.consilium.assessment.HousingActChoices.Heating;
import org.consilium.assessment.HousingActChoices.Sanitation;
import org.consilium.assessment.HousingActChoices.Tenure;
import org.consilium.assessment.HousingActChoices.Upkeep;
import org.consilium.assessment.HousingActChoices.Water;
import org.consilium.assessment.HousingActDetails;
import org.consilium.assessment.HousingActDetails.Inspector;
import org.consilium.assessment.HousingActSheet;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;

/**
 * The housing-conditions act as a form, section by section in the order of the paper act. A new act
 * starts on today's date at the family's address, with the writer as its first inspector and a row for
 * each child; a revision starts from the act as saved. The service checks it as a whole; its refusals
 * show at the field they are about.
 */
class HousingActForm extends EditDialog<HousingActDetails> {

    final DatePicker inspectedOn = new DatePicker();
    final DatePicker drawnUpOn = new DatePicker();
    final TextField address = new TextField();
    final ActInspectorsField inspectors;
    final CheckboxGroup<Long> present = new CheckboxGroup<>();
    final Select<Dwelling> dwelling = choice("assessment.act.field.dwelling", Dwelling.values());
    final Select<Tenure> tenure = choice("assessment.act.field.tenure", Tenure.values());
    final IntegerField rooms = new IntegerField();
    final BigDecimalField livingArea = new BigDecimalField();
    final TextArea dwellingNotes = new TextArea();
    final Select<Heating> heating = choice("assessment.act.field.heating", Heating.values());
    final TextField heatingNotes = notes();
    final Select<Water> water = choice("assessment.act.field.water", Water.values());
    final TextField waterNotes = notes();
    final Select<Sanitation> sanitation = choice("assessment.act.field.sanitation", Sanitation.values());
    final TextField sanitationNotes = notes();
    final Select<Upkeep> upkeep = choice("assessment.act.field.upkeep", Upkeep.values());
    final TextField upkeepNotes = notes();
    final Select<Food> food = choice("assessment.act.field.food", Food.values());
    final TextField foodNotes = notes();
    final ActChildrenField children = new ActChildrenField();
    final TextArea hazards = new TextArea();
    final TextArea conclusion = new TextArea();
    final TextArea recommendations = new TextArea();

    private HousingActForm(ActFormOptions options, Long actId, long version, HousingActDetails details,
                           Map<Long, String> members, String titleKey) {
        super(HousingActDetails.class, actId, version, details, titleKey, options.familyName());
        setWidth("min(60rem, 95vw)");
        inspectors = new ActInspectorsField(options.staff());
        Dates.labelled(inspectedOn, "assessment.act.field.inspectedOn");
        Dates.notAfter(inspectedOn, options.today(), getTranslation("assessment.act.inspectedOn.future"));
        Dates.labelled(drawnUpOn, "assessment.act.field.drawnUpOn");
        Dates.notAfter(drawnUpOn, options.today(), getTranslation("assessment.act.drawnUpOn.future"));
        address.setLabel(getTranslation("assessment.act.field.address"));
        address.setMaxLength(HousingAct.ADDRESS_MAX);
        present.setLabel(getTranslation("assessment.act.field.present"));
        present.setItems(List.copyOf(members.keySet()));
        present.setItemLabelGenerator(id -> members.getOrDefault(id, ""));
        rooms.setLabel(getTranslation("assessment.act.field.rooms"));
        rooms.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("assessment.act.rooms.number")));
        livingArea.setLabel(getTranslation("assessment.act.field.livingArea"));
        livingArea.setLocale(getLocale());
        livingArea.setSuffixComponent(new Span(getTranslation("assessment.act.areaUnit")));
        livingArea.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(getTranslation("assessment.act.livingArea.number")));
        dwellingNotes.setLabel(getTranslation("assessment.act.field.dwellingNotes"));
        dwellingNotes.setHelperText(getTranslation("assessment.act.field.dwellingNotes.help"));
        dwellingNotes.setMaxLength(HousingAct.DWELLING_NOTES_MAX);
        hazards.setLabel(getTranslation("assessment.act.section.hazards"));
        hazards.setHelperText(getTranslation("assessment.act.hazards.help"));
        hazards.setMaxLength(HousingAct.HAZARDS_MAX);
        conclusion.setLabel(getTranslation("assessment.act.section.conclusion"));
        conclusion.setRequiredIndicatorVisible(true);
        conclusion.setMaxLength(HousingAct.CONCLUSION_MAX);
        recommendations.setLabel(getTranslation("assessment.act.section.recommendations"));
        recommendations.setMaxLength(HousingAct.RECOMMENDATIONS_MAX);

        binder.forField(inspectedOn).bind(HousingActDetails.INSPECTED_ON);
        binder.forField(drawnUpOn).bind(HousingActDetails.DRAWN_UP_ON);
        binder.forField(address).bind(HousingActDetails.ADDRESS);
        binder.forField(inspectors).bind(HousingActDetails.INSPECTORS);
        binder.forField(present).bind(HousingActDetails.PRESENT);
        binder.forField(dwelling).bind(HousingActDetails.DWELLING);
        binder.forField(tenure).bind(HousingActDetails.TENURE);
        binder.forField(rooms).bind(HousingActDetails.ROOMS);
        binder.forField(livingArea).bind(HousingActDetails.LIVING_AREA);
        binder.forField(dwellingNotes).bind(HousingActDetails.DWELLING_NOTES);
        binder.forField(heating).bind(HousingActDetails.HEATING);
        binder.forField(heatingNotes).bind(HousingActDetails.HEATING_NOTES);
        binder.forField(water).bind(HousingActDetails.WATER);
        binder.forField(waterNotes).bind(HousingActDetails.WATER_NOTES);
        binder.forField(sanitation).bind(HousingActDetails.SANITATION);
        binder.forField(sanitationNotes).bind(HousingActDetails.SANITATION_NOTES);
        binder.forField(upkeep).bind(HousingActDetails.UPKEEP);
        binder.forField(upkeepNotes).bind(HousingActDetails.UPKEEP_NOTES);
        binder.forField(food).bind(HousingActDetails.FOOD);
        binder.forField(foodNotes).bind(HousingActDetails.FOOD_NOTES);
        binder.forField(children).bind(HousingActDetails.CHILDREN);
        binder.forField(hazards).bind(HousingActDetails.HAZARDS);
        binder.forField(conclusion).bind(HousingActDetails.CONCLUSION);
        binder.forField(recommendations).bind(HousingActDetails.RECOMMENDATIONS);
        binder.readBean(details());

        add(section("assessment.act.section.inspection", inspectedOn, drawnUpOn, wide(address), wide(inspectors), wide(present)),
                section("assessment.act.section.dwelling", dwelling, tenure, rooms, livingArea, wide(dwellingNotes)),
                section("assessment.act.section.amenities", heating, heatingNotes, water, waterNotes, sanitation, sanitationNotes),
                section("assessment.act.section.upkeep", upkeep, upkeepNotes),
                section("assessment.act.section.food", food, foodNotes),
                section("assessment.act.section.children", wide(children)),
                section("assessment.act.section.conclusion", wide(hazards), wide(conclusion), wide(recommendations)));
    }

    /** Shows a refusal at its field, and brings that field into view: the form is longer than the screen. */
    @Override
    public void showError(BusinessException e) {
        super.showError(e);
        e.getField().flatMap(binder::getBinding).map(b -> (Component) b.getField()).ifPresent(field ->
                field.getElement().executeJs("this.scrollIntoView({block: 'center'})"));
    }

    /** A new act: today, the family's address, the writer as the first inspector, a row for each child. */
    static HousingActForm forNew(ActFormOptions options) {
        HousingActDetails d = new HousingActDetails();
        d.setInspectedOn(options.today());
        d.setDrawnUpOn(options.today());
        d.setAddress(options.address() == null ? "" : options.address());
        d.setChildren(options.children());
        HousingActForm form = new HousingActForm(options, null, 0, d, members(options, List.of()), "assessment.act.newTitle");
        ActFormOptions.Staff me = options.me();
        form.inspectors.setValue(List.of(new Inspector(me.name(), form.inspectors.post(me))));
        return form;
    }

    /** An act already drawn up, as saved, at the version it was read at. */
    static HousingActForm forRevision(ActFormOptions options, HousingActSheet sheet) {
        return new HousingActForm(options, sheet.id(), sheet.version(), sheet.details(), members(options, sheet.present()),
                "assessment.act.reviseTitle");
    }

    /** The family's members to tick, and anyone named present before who is no longer in the family's record. */
    private static Map<Long, String> members(ActFormOptions options, List<HousingActSheet.Present> namedBefore) {
        Map<Long, String> out = new LinkedHashMap<>();
        List<ActFormOptions.Member> all = new ArrayList<>(options.members());
        namedBefore.forEach(p -> all.add(new ActFormOptions.Member(p.memberId(), p.name(), p.relation())));
        for (ActFormOptions.Member m : all) {
            UI ui = UI.getCurrent();
            out.putIfAbsent(m.id(), m.name() + " (" + ui.getTranslation(m.relation().messageKey()).toLowerCase(ui.getLocale()) + ")");
        }
        return out;
    }

    private Component section(String titleKey, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (Component f : fields) {
            if (Boolean.TRUE.equals(ComponentUtil.getData(f, "wide"))) {
                form.setColspan(f, 2);
            }
        }
        return new Div(new H4(getTranslation(titleKey)), form);
    }

    private static Component wide(Component field) {
        ComponentUtil.setData(field, "wide", Boolean.TRUE);
        return field;
    }

    private <E extends Enum<E> & Choice> Select<E> choice(String labelKey, E[] items) {
        Select<E> s = new Select<>();
        s.setLabel(getTranslation(labelKey));
        s.setItems(items);
        s.setItemLabelGenerator(e -> e == null ? "" : getTranslation(e.messageKey()));
        s.setPlaceholder(getTranslation("assessment.act.choose"));
        return s;
    }

    private TextField notes() {
        TextField t = new TextField(getTranslation("assessment.act.field.notes"));
        t.setMaxLength(HousingAct.NOTES_MAX);
        return t;
    }
}
