package org.consilium.request.ui;

import static org.consilium.base.ui.Facts.fact;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.consilium.request.AnswerField;
import org.consilium.request.RequestKind;

/** A submitted answer, read-only, section by section; fields the agency left empty are not shown. */
class AnswerDisplay extends Div {

    AnswerDisplay(RequestKind kind, Map<AnswerField, String> answer) {
        addClassName("answer-display");
        String section = null;
        for (AnswerField f : AnswerField.of(kind)) {
            String value = answer.get(f);
            if (value == null) {
                continue;
            }
            if (!Objects.equals(section, f.section())) {
                section = f.section();
                add(new H4(getTranslation(f.sectionKey())));
            }
            Div shown = fact(getTranslation(f.messageKey()), switch (f.type()) {
                case CHOICE -> getTranslation(AnswerField.optionKey(value));
                case MARK -> NumberFormat.getNumberInstance(getLocale()).format(new BigDecimal(value));
                default -> value;
            });
            shown.addClassName("answer-" + f.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            add(shown);
        }
    }
}
