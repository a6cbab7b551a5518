package org.consilium.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.Collectors;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.meeting.Meeting;
import org.consilium.meeting.Minutes;
import org.consilium.meeting.RoomOptions;

/**
 * The closing meeting's own part (seed 003): the initial request beside the results of the plan, a
 * short retrospective of the stages, and the family's view, recorded before the specialists speak.
 */
class ClosingPart extends Div {

    final TextArea familyView = new TextArea();
    final Button record = new Button();

    ClosingPart(RoomServices services, Minutes m, RoomOptions.ClosingStory story, Runnable reload) {
        addClassName("closing-part");
        add(new H3(getTranslation("meeting.closing.title")));
        Div before = new Div(new H4(getTranslation("meeting.closing.request")));
        before.addClassName("closing-column");
        if (story.referredAt() != null) {
            before.add(new Paragraph(getTranslation("meeting.closing.referredOn", Formats.dateTime(story.referredAt(), getLocale()))));
        }
        if (!story.reasons().isEmpty()) {
            before.add(new Paragraph(story.reasons().stream().map(r -> getTranslation(r.messageKey()))
                    .collect(Collectors.joining(", "))));
        }
        if (story.reasonText() != null) {
            before.add(new Paragraph(story.reasonText()));
        }
        if (story.description() != null) {
            before.add(new Paragraph(story.description()));
        }
        Div after = new Div(new H4(getTranslation("meeting.closing.results")));
        after.addClassName("closing-column");
        if (story.results().isEmpty()) {
            after.add(new Paragraph(getTranslation("meeting.closing.noPlan")));
        }
        UnorderedList results = new UnorderedList();
        for (RoomOptions.Result r : story.results()) {
            results.add(new ListItem(r.statement() + " — " + (r.rating() == null ? getTranslation("meeting.closing.notRated")
                    : getTranslation("meeting.closing.rating", r.rating()))));
        }
        after.add(results);
        Div side = new Div(before, after);
        side.addClassName("closing-side-by-side");
        add(side, new H4(getTranslation("meeting.closing.stages")));
        OrderedList stages = new OrderedList();
        stages.addClassName("closing-stages");
        story.stages().forEach(s -> stages.add(new ListItem(getTranslation(s.stage().messageKey()) + " — "
                + Formats.dateTime(s.at(), getLocale()))));
        add(stages, new H4(getTranslation("meeting.room.familyView")));
        add(new Paragraph(getTranslation("meeting.closing.familyFirst")));
        familyView.setLabel(getTranslation("meeting.room.familyView"));
        familyView.setMaxLength(Meeting.MINUTES_MAX);
        familyView.setWidthFull();
        familyView.setValue(m.familyView() == null ? "" : m.familyView());
        familyView.setReadOnly(!m.mayRecord());
        add(familyView);
        if (m.mayRecord()) {
            record.setText(getTranslation("meeting.closing.recordView"));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.addClickListener(e -> {
                if (Notifications.act(this, () -> services.room().recordFamilyView(m.meetingId(), m.version(),
                        familyView.getValue()), "meeting.closing.viewRecorded", reload)) {
                    reload.run();
                }
            });
            add(record);
        }
    }
}
