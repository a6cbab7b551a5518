package org.consilium.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;

/** How many hours social services have to answer a referral of one urgency. */
@Entity
@Table(name = "response_target")
public class ResponseTarget extends AbstractEntity {

    public static final int MAX_HOURS = 24 * 90;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true, length = 20)
    private Urgency urgency;

    @Column(nullable = false)
    private int hours;

    protected ResponseTarget() {
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Duration getTarget() {
        return Duration.ofHours(hours);
    }

    public int getHours() {
        return hours;
    }

    public void changeHours(int newHours) {
        if (newHours < 1 || newHours > MAX_HOURS) {
            throw BusinessException.atField("hours", "referral.target.range", 1, MAX_HOURS);
        }
        this.hours = newHours;
    }
}
