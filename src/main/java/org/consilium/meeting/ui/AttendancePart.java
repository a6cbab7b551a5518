package org.consilium.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Notifications;
import org.consilium.meeting.Attendance;
import org.consilium.meeting.Meeting;
import org.consilium.meeting.Minutes;

/**
 * Who came: each person invited marked present, absent or excused (saved at once), and someone who
 * came without an invitation added by name.
 */
class AttendancePart extends Div {

    final TextField guestName = new TextField();
    final EmailField guestEmail = new EmailField();
    final Button addGuest = new Button();

    AttendancePart(RoomServices services, Minutes m, Runnable reload) {
        addClassName("room-attendance");
        add(new H3(getTranslation("meeting.room.attendance")));
        for (Minutes.Attendee a : m.attendance()) {
            RadioButtonGroup<Attendance> mark = new RadioButtonGroup<>();
            mark.setItems(Attendance.values());
            mark.setItemLabelGenerator(x -> getTranslation(x.messageKey()));
            mark.setValue(a.attendance());
            mark.setReadOnly(!m.mayRecord());
            // Set after the value shown, so that only the user's own choice is saved.
            mark.setAriaLabel(getTranslation("meeting.room.attendanceOf", a.name()));
            mark.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    Notifications.act(this, () -> services.room().markAttendance(m.meetingId(), a.participantId(), e.getValue()),
                            "meeting.room.attendanceSaved", reload);
                }
            });
            Span who = new Span(a.name() + " (" + getTranslation(a.kind().messageKey()) + ", "
                    + getTranslation(a.response().messageKey()) + ")");
            who.addClassName("attendee-name");
            HorizontalLayout row = new HorizontalLayout(who, mark);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.addClassName("attendee");
            row.getElement().setAttribute("data-participant", String.valueOf(a.participantId()));
            add(row);
        }
        if (m.mayRecord()) {
            guestName.setLabel(getTranslation("meeting.room.guestName"));
            guestName.setMaxLength(Meeting.GUEST_NAME_MAX);
            guestEmail.setLabel(getTranslation("meeting.room.guestEmail"));
            guestEmail.setErrorMessage(getTranslation("validation.email"));
            addGuest.setText(getTranslation("meeting.room.addGuest"));
            addGuest.addClickListener(e -> {
                guestName.setInvalid(false);
                guestEmail.setInvalid(false);
                try {
                    services.room().addGuest(m.meetingId(), guestName.getValue(), guestEmail.getValue());
                    Notifications.success(getTranslation("meeting.room.guestAdded"));
                    reload.run();
                } catch (BusinessException ex) {
                    String field = ex.getField().orElse("");
                    if (Meeting.GUEST_NAME.equals(field)) {
                        guestName.setErrorMessage(Notifications.text(this, ex));
                        guestName.setInvalid(true);
                    } else if (Meeting.GUEST_EMAIL.equals(field)) {
                        guestEmail.setErrorMessage(Notifications.text(this, ex));
                        guestEmail.setInvalid(true);
                    } else {
                        Notifications.refused(this, ex, reload);
                    }
                }
            });
            HorizontalLayout guest = new HorizontalLayout(guestName, guestEmail, addGuest);
            guest.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            guest.addClassName("room-guest");
            add(guest);
        }
    }
}
