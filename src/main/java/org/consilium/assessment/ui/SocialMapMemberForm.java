package org.consilium.assessment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.consilium.assessment.SocialMapMember;
import org.consilium.assessment.SocialMapMemberDetails;
import org.consilium.assessment.SocialMapRole;
import org.consilium.assessment.SocialMapService.MemberOption;
import org.consilium.assessment.SocialMapSheet;
import org.consilium.base.ui.EditDialog;

/**
 * Puts a member of the family on the social map, or changes one: picked from the family's record
 * (which fills in the name, role and age) or typed.
 */
class SocialMapMemberForm extends EditDialog<SocialMapMemberDetails> {

    final ComboBox<MemberOption> pick = new ComboBox<>();
    final TextField name = new TextField();
    final ComboBox<SocialMapRole> role = new ComboBox<>();
    final IntegerField age = new IntegerField();
    final Checkbox livesApart = new Checkbox();

    /**
     * @param member  the member to change, or {@code null} for a new one
     * @param options the members of the family's record to pick from (empty when changing one)
     */
    SocialMapMemberForm(SocialMapSheet.Member member, List<MemberOption> options) {
        super(SocialMapMemberDetails.class, member == null ? null : member.id(), member == null ? 0 : member.version(),
                member == null ? new SocialMapMemberDetails() : SocialMapMemberDetails.of(member),
                member == null ? "socialMap.member.new" : "socialMap.member.edit");
        pick.setLabel(getTranslation("socialMap.member.pick"));
        pick.setHelperText(getTranslation("socialMap.member.pick.help"));
        pick.setItems(options);
        pick.setItemLabelGenerator(o -> o.age() == null ? o.name() + " — " + getTranslation(o.role().messageKey())
                : o.name() + " — " + getTranslation(o.role().messageKey()) + ", " + o.age());
        pick.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                name.setValue(e.getValue().name());
                role.setValue(e.getValue().role());
                age.setValue(e.getValue().age());
            }
        });
        pick.setVisible(!options.isEmpty());
        name.setLabel(getTranslation("socialMap.member.name"));
        name.setMaxLength(SocialMapMember.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        role.setLabel(getTranslation("socialMap.member.role"));
        role.setItems(SocialMapRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setRequiredIndicatorVisible(true);
        age.setLabel(getTranslation("socialMap.member.age"));
        age.setMin(0);
        age.setMax(SocialMapMember.AGE_MAX);
        age.setStepButtonsVisible(false);
        livesApart.setLabel(getTranslation("socialMap.member.livesApart"));
        bindFields();

        FormLayout form = new FormLayout(pick, name, role, age, livesApart);
        form.setColspan(pick, 2);
        form.setColspan(name, 2);
        form.setColspan(livesApart, 2);
        add(form);
    }
}
