package org.consilium.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Whom a request is about, as it was when sent: a child (name, birth date, class), or the whole family
 * (its name, no member). This is all of the family the addressee sees.
 */
@Embeddable
public class RequestSubject {

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "subject_name", nullable = false, length = 250)
    private String name;

    @Column(name = "subject_birth_date")
    private LocalDate birthDate;

    @Column(name = "subject_class", length = 20)
    private String schoolClass;

    protected RequestSubject() {
    }

    RequestSubject(Long memberId, String name, LocalDate birthDate, String schoolClass) {
        this.memberId = memberId;
        this.name = name;
        this.birthDate = birthDate;
        this.schoolClass = schoolClass;
    }

    /** The member the request is about, or {@code null} for the whole family. */
    public Long getMemberId() { return memberId; }
    public String getName() { return name; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getSchoolClass() { return schoolClass; }
}
