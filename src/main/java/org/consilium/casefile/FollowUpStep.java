package org.consilium.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;

/**
 * One contact of the follow-up schedule after a case closes: how many months after the closure it is
 * due. The administrator sets them (1, 3 and 6 months to begin with); each later contact comes later.
 */
@Entity
@Table(name = "follow_up_step")
public class FollowUpStep extends AbstractEntity {

    public static final int MAX_MONTHS = 12;

    @Column(name = "step_no", nullable = false, unique = true)
    private int step;

    @Column(nullable = false)
    private int months;

    protected FollowUpStep() {
    }

    public int getStep() {
        return step;
    }

    public int getMonths() {
        return months;
    }

    void changeMonths(int newMonths) {
        if (newMonths < 1 || newMonths > MAX_MONTHS) {
            throw BusinessException.atField("months", "followUp.step.range", 1, MAX_MONTHS);
        }
        this.months = newMonths;
    }
}
