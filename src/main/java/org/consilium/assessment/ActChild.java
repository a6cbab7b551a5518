package org.consilium.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.consilium.assessment.HousingActChoices.Sleeping;
import org.consilium.assessment.HousingActChoices.Study;
import org.consilium.assessment.HousingActDetails.ChildPlace;

/** Where one child sleeps and studies, with the child named as at the inspection. */
@Embeddable
class ActChild {

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "child_name", nullable = false, length = 250)
    private String name;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Sleeping sleeping;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Study study;

    @Column(length = HousingAct.CHILD_NOTE_MAX)
    private String note;

    protected ActChild() {
    }

    ActChild(long memberId, String name, LocalDate birthDate, Sleeping sleeping, Study study, String note) {
        this.memberId = memberId;
        this.name = name;
        this.birthDate = birthDate;
        this.sleeping = sleeping;
        this.study = study;
        this.note = note;
    }

    ChildPlace place() {
        return new ChildPlace(memberId, name, birthDate, sleeping, study, note);
    }
}
