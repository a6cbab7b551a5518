package org.consilium.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * Whether a request repeats, until when, and which goal of the plan its figures feed. The first
 * request of a recurring series has no series id; each later report names the first one's.
 */
@Embeddable
public class RequestSchedule {

    @Enumerated(EnumType.STRING)
    @Column(name = "repeat_every", nullable = false, length = 10)
    private Repeat repeat = Repeat.NONE;

    @Column(name = "repeat_until")
    private LocalDate until;

    @Column(name = "goal_key", length = 36)
    private String goalKey;

    @Column(name = "series_id")
    private Long seriesId;

    protected RequestSchedule() {
    }

    RequestSchedule(Repeat repeat, LocalDate until, String goalKey, Long seriesId) {
        this.repeat = repeat;
        this.until = until;
        this.goalKey = goalKey;
        this.seriesId = seriesId;
    }

    static RequestSchedule once(String goalKey) {
        return new RequestSchedule(Repeat.NONE, null, goalKey, null);
    }

    /** The schedule of a later report of the series whose first request is {@code firstId}. */
    RequestSchedule occurrenceOf(long firstId) {
        return new RequestSchedule(repeat, until, goalKey, seriesId == null ? firstId : seriesId);
    }

    public Repeat getRepeat() { return repeat; }
    public LocalDate getUntil() { return until; }
    public String getGoalKey() { return goalKey; }
    public Long getSeriesId() { return seriesId; }

    public boolean repeats() {
        return repeat != Repeat.NONE;
    }
}
