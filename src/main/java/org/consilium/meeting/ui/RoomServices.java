package org.consilium.meeting.ui;

import org.consilium.meeting.MeetingDecisions;
import org.consilium.meeting.MeetingRoomService;
import org.consilium.meeting.MinutesReader;
import org.consilium.meeting.RoomOptions;
import org.springframework.stereotype.Component;

/** The services the meeting room's parts use, handed down together. */
@Component
record RoomServices(MinutesReader reader, MeetingRoomService room, MeetingDecisions decisions, RoomOptions options) {
}
