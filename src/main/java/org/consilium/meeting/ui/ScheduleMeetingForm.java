package org.consilium.meeting.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.consilium.base.ui.MultiSelects;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.meeting.Meeting;
import org.consilium.meeting.MeetingDetails;
import org.consilium.meeting.MeetingKind;
import org.consilium.meeting.ScheduleOptions;

/**
 * The form to schedule a case's meeting: a case conference or the closing meeting, its title, day and
 * times, place or online link, and whom to invite (the team's staff, agencies, the family, guests). If
 * someone invited already has a meeting then, the form says who before scheduling it anyway.
 */
class ScheduleMeetingForm extends EditDialog<MeetingDetails> {

    final Select<MeetingKind> kind = new Select<>();
    final TextField title = new TextField();
    final DatePicker day = new DatePicker();
    final TimePicker startsAt = new TimePicker();
    final TimePicker endsAt = new TimePicker();
    final TextField place = new TextField();
    final TextField onlineLink = new TextField();
    final MultiSelectComboBox<Long> userIds = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Long> agencyIds = new MultiSelectComboBox<>();
    final CheckboxGroup<Long> memberIds = new CheckboxGroup<>();
    final TextArea guests = new TextArea();
    final Paragraph clashWarning = new Paragraph();
    private boolean clashesConfirmed;

    ScheduleMeetingForm(ScheduleOptions options, LocalDate today) {
        super(MeetingDetails.class, null, 0, initial(options, today),
                options.caseId() == null ? "meeting.schedule.groupTitle" : "meeting.schedule.title",
                options.familyName() == null ? "" : options.familyName());
        setWidth("min(46rem, 95vw)");
        save.setText(getTranslation("meeting.schedule.confirm"));
        kind.setLabel(getTranslation("meeting.field.kind"));
        if (options.caseId() == null) {
            kind.setItems(MeetingKind.TERRITORIAL_GROUP);
            memberIds.setVisible(false);
        } else {
            kind.setItems(MeetingKind.CASE_CONFERENCE, MeetingKind.CLOSING);
        }
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        title.setLabel(getTranslation("meeting.field.title"));
        title.setMaxLength(Meeting.TITLE_MAX);
        Dates.labelled(day, "meeting.field.day");
        Dates.notBefore(day, today, getTranslation("meeting.starts.past"));
        startsAt.setLabel(getTranslation("meeting.field.startsAt"));
        endsAt.setLabel(getTranslation("meeting.field.endsAt"));
        place.setLabel(getTranslation("meeting.field.place"));
        place.setMaxLength(Meeting.PLACE_MAX);
        onlineLink.setLabel(getTranslation("meeting.field.onlineLink"));
        onlineLink.setMaxLength(Meeting.LINK_MAX);
        onlineLink.setPlaceholder("https://");
        userIds.setLabel(getTranslation("meeting.field.staff"));
        userIds.setI18n(MultiSelects.i18n(this));
        userIds.setItems(List.copyOf(options.staff().keySet()));
        userIds.setItemLabelGenerator(id -> options.staff().getOrDefault(id, ""));
        agencyIds.setLabel(getTranslation("meeting.field.agencies"));
        agencyIds.setI18n(MultiSelects.i18n(this));
        agencyIds.setItems(List.copyOf(options.agencies().keySet()));
        agencyIds.setItemLabelGenerator(id -> options.agencies().getOrDefault(id, ""));
        memberIds.setLabel(getTranslation("meeting.field.members"));
        memberIds.setItems(List.copyOf(options.members().keySet()));
        memberIds.setItemLabelGenerator(id -> options.members().getOrDefault(id, ""));
        guests.setLabel(getTranslation("meeting.field.guests"));
        guests.setHelperText(getTranslation("meeting.field.guests.help"));
        clashWarning.addClassName("meeting-clash");
        clashWarning.setVisible(false);

        binder.forField(kind).bind(MeetingDetails.KIND);
        binder.forField(title).bind(MeetingDetails.TITLE);
        binder.forField(day).bind(MeetingDetails.DAY);
        binder.forField(startsAt).bind(MeetingDetails.STARTS);
        binder.forField(endsAt).bind(MeetingDetails.ENDS);
        binder.forField(place).bind(MeetingDetails.PLACE);
        binder.forField(onlineLink).bind(MeetingDetails.ONLINE_LINK);
        binder.forField(userIds).bind(MeetingDetails.PARTICIPANTS);
        binder.forField(agencyIds).bind("agencyIds");
        binder.forField(memberIds).bind(MeetingDetails.MEMBERS);
        binder.forField(guests).withConverter(ScheduleMeetingForm::guests, ScheduleMeetingForm::lines).bind(MeetingDetails.GUESTS);
        binder.readBean(details());
        // A changed time or list of people is checked for clashes again.
        day.addValueChangeListener(e -> clashesConfirmed = false);
        startsAt.addValueChangeListener(e -> clashesConfirmed = false);
        endsAt.addValueChangeListener(e -> clashesConfirmed = false);
        userIds.addValueChangeListener(e -> clashesConfirmed = false);

        FormLayout form = new FormLayout(kind, title, day, startsAt, endsAt, place, onlineLink, userIds, agencyIds, memberIds,
                guests);
        form.setColspan(title, 2);
        form.setColspan(onlineLink, 2);
        form.setColspan(userIds, 2);
        form.setColspan(agencyIds, 2);
        form.setColspan(memberIds, 2);
        form.setColspan(guests, 2);
        add(clashWarning, form);
    }

    /**
     * Whether to go on and schedule: yes if nobody invited has a meeting then, or the user saw who has
     * and saves again; otherwise the names are shown and the dialog waits.
     */
    boolean proceedDespite(List<String> clashes) {
        if (clashes.isEmpty() || clashesConfirmed) {
            return true;
        }
        clashesConfirmed = true;
        clashWarning.setText(getTranslation("meeting.clash", String.join(", ", clashes)));
        clashWarning.setVisible(true);
        save.setText(getTranslation("meeting.schedule.anyway"));
        return false;
    }

    private static MeetingDetails initial(ScheduleOptions options, LocalDate today) {
        MeetingDetails d = new MeetingDetails();
        d.setKind(options.caseId() == null ? MeetingKind.TERRITORIAL_GROUP : MeetingKind.CASE_CONFERENCE);
        d.setCaseId(options.caseId());
        d.setDay(today.plusDays(7));
        d.setStartsAt(LocalTime.of(10, 0));
        d.setEndsAt(LocalTime.of(11, 0));
        d.setAgencyIds(options.takingPart());
        return d;
    }

    /** One guest per line: a name, a comma, an e-mail address. */
    private static List<MeetingDetails.Guest> guests(String text) {
        List<MeetingDetails.Guest> out = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int comma = l.lastIndexOf(',');
            out.add(comma < 0 ? new MeetingDetails.Guest("", l)
                    : new MeetingDetails.Guest(l.substring(0, comma).strip(), l.substring(comma + 1).strip()));
        }
        return out;
    }

    private static String lines(List<MeetingDetails.Guest> guests) {
        return guests == null ? "" : guests.stream().map(g -> g.name() + ", " + g.email()).collect(Collectors.joining("\n"));
    }
}
