package org.consilium.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;

/** How many open cases one curator should carry under a model; the administrator may change it. */
@Entity
@Table(name = "case_model_norm")
public class CaseModelNorm extends AbstractEntity {

    public static final int MAX = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true, length = 20)
    private CaseModel model;

    @Column(name = "caseload_norm", nullable = false)
    private int caseloadNorm;

    protected CaseModelNorm() {
    }

    public CaseModel getModel() {
        return model;
    }

    public int getCaseloadNorm() {
        return caseloadNorm;
    }

    public void changeNorm(int norm) {
        if (norm < 1 || norm > MAX) {
            throw BusinessException.atField("caseloadNorm", "case.norm.range", 1, MAX);
        }
        this.caseloadNorm = norm;
    }
}
