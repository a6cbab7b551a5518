package org.consilium.request.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Notifications;
import org.consilium.request.AnswerField;
import org.consilium.request.RequestKind;
import org.consilium.request.RequestQuestion;

/**
 * The answer form of a kind of request, section by section (for a school: attendance, progress, the
 * child, what the school did, who prepared and signed it; free text for every kind). The service checks
 * the values; a refusal is shown at its field and nothing typed is lost.
 */
class AnswerForm extends Div {

    final Map<AnswerField, HasValue<?, String>> fields = new EnumMap<>(AnswerField.class);

    AnswerForm(RequestKind kind, Set<RequestQuestion> asked, Map<AnswerField, String> values, int schoolDays) {
        addClassName("answer-form");
        String section = null;
        FormLayout form = null;
        for (AnswerField f : AnswerField.answering(kind, asked)) {
            if (!Objects.equals(section, f.section())) {
                section = f.section();
                form = new FormLayout();
                add(new H4(getTranslation(f.sectionKey())), form);
            }
            Component field = field(f, schoolDays);
            @SuppressWarnings("unchecked")
            HasValue<?, String> value = (HasValue<?, String>) field;
            value.setValue(values.getOrDefault(f, ""));
            fields.put(f, value);
            form.add(field);
            if (f.type() == AnswerField.Type.LONG_TEXT) {
                form.setColspan(field, 2);
            }
        }
    }

    private Component field(AnswerField f, int schoolDays) {
        String label = getTranslation(f.messageKey());
        return switch (f.type()) {
            case WHOLE_NUMBER -> {
                TextField t = new TextField(label);
                t.setAllowedCharPattern("[0-9]");
                t.setMaxLength(3);
                if (f == AnswerField.DAYS_MISSED_EXCUSED || f == AnswerField.DAYS_MISSED_UNEXCUSED) {
                    t.setHelperText(getTranslation("request.answer.schoolDays", schoolDays));
                }
                yield t;
            }
            case MARK -> {
                TextField t = new TextField(label);
                t.setAllowedCharPattern("[0-9.,]");
                t.setMaxLength(4);
                t.setHelperText(getTranslation("request.answer.mark.help"));
                yield t;
            }
            case CHOICE -> {
                Select<String> s = new Select<>();
                s.setLabel(label);
                s.setItems(f.options());
                s.setEmptySelectionAllowed(true);
                s.setEmptySelectionCaption(getTranslation("request.answer.notStated"));
                s.setItemLabelGenerator(o -> o == null || o.isEmpty() ? getTranslation("request.answer.notStated")
                        : getTranslation(AnswerField.optionKey(o)));
                yield new ChoiceField(s);
            }
            case TEXT -> {
                TextField t = new TextField(label);
                t.setMaxLength(AnswerField.TEXT_MAX);
                yield t;
            }
            case LONG_TEXT -> {
                TextArea t = new TextArea(label);
                t.setMaxLength(AnswerField.LONG_TEXT_MAX);
                yield t;
            }
        };
    }

    /** What is typed, by field. */
    Map<AnswerField, String> values() {
        Map<AnswerField, String> out = new EnumMap<>(AnswerField.class);
        fields.forEach((f, v) -> out.put(f, v.getValue() == null ? "" : v.getValue()));
        return out;
    }

    /** Shows a refusal at the field it names, or else as a notification. */
    void showError(BusinessException e) {
        clearErrors();
        HasValue<?, String> target = e.getField().flatMap(name -> fields.entrySet().stream()
                .filter(x -> x.getKey().fieldName().equals(name)).map(Map.Entry::getValue).findFirst()).orElse(null);
        if (target instanceof HasValidation v) {
            v.setErrorMessage(Notifications.text(this, e));
            v.setInvalid(true);
            if (target instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        } else {
            Notifications.error(Notifications.text(this, e));
        }
    }

    void clearErrors() {
        fields.values().forEach(v -> {
            if (v instanceof HasValidation h) {
                h.setInvalid(false);
            }
        });
    }

    /** A select whose empty choice reads as an empty value, as the other fields' do. */
    @Tag("div")
    static final class ChoiceField extends AbstractField<ChoiceField, String> implements HasValidation {
        final Select<String> select;

        ChoiceField(Select<String> select) {
            super("");
            this.select = select;
            select.addValueChangeListener(e -> setModelValue(e.getValue() == null ? "" : e.getValue(), e.isFromClient()));
            getElement().appendChild(select.getElement());
        }

        @Override
        protected void setPresentationValue(String value) {
            select.setValue(value == null || value.isEmpty() ? null : value);
        }

        @Override
        public void setErrorMessage(String errorMessage) {
            select.setErrorMessage(errorMessage);
        }

        @Override
        public String getErrorMessage() {
            return select.getErrorMessage();
        }

        @Override
        public void setInvalid(boolean invalid) {
            select.setInvalid(invalid);
        }

        @Override
        public boolean isInvalid() {
            return select.isInvalid();
        }
    }
}
