package org.consilium.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the organiser fills in to schedule a meeting: its kind and case, title, day and times, place or
 * online link, and whom to invite (users, agencies, family members by id; guests by name and e-mail).
 */
public class MeetingDetails {

    /** Field names, as the form binds them and as refusals name them. */
    public static final String KIND = "kind";
    public static final String CASE = "caseId";
    public static final String TITLE = "title";
    public static final String DAY = "day";
    public static final String STARTS = "startsAt";
    public static final String ENDS = "endsAt";
    public static final String PLACE = "place";
    public static final String ONLINE_LINK = "onlineLink";
    public static final String PARTICIPANTS = "userIds";
    public static final String MEMBERS = "memberIds";
    public static final String GUESTS = "guests";

    /** A guest invited by name and e-mail. */
    public record Guest(String name, String email) {
    }

    private MeetingKind kind;
    private Long caseId;
    private String title = "";
    private LocalDate day;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String place = "";
    private String onlineLink = "";
    private Set<Long> userIds = new LinkedHashSet<>();
    private Set<Long> agencyIds = new LinkedHashSet<>();
    private Set<Long> memberIds = new LinkedHashSet<>();
    private List<Guest> guests = new ArrayList<>();

    public MeetingKind getKind() { return kind; }
    public void setKind(MeetingKind kind) { this.kind = kind; }
    public Long getCaseId() { return caseId; }
    public void setCaseId(Long caseId) { this.caseId = caseId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
    public LocalTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public Set<Long> getUserIds() { return userIds; }
    public void setUserIds(Set<Long> userIds) { this.userIds = userIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(userIds); }
    public Set<Long> getAgencyIds() { return agencyIds; }
    public void setAgencyIds(Set<Long> agencyIds) { this.agencyIds = agencyIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(agencyIds); }
    public Set<Long> getMemberIds() { return memberIds; }
    public void setMemberIds(Set<Long> memberIds) { this.memberIds = memberIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(memberIds); }
    public List<Guest> getGuests() { return guests; }
    public void setGuests(List<Guest> guests) { this.guests = guests == null ? new ArrayList<>() : new ArrayList<>(guests); }
}
