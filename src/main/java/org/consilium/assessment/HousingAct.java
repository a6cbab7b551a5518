package org.consilium.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consilium.assessment.HousingActChoices.Dwelling;
import org.consilium.assessment.HousingActChoices.Food;
import org.consilium.assessment.HousingActChoices.Heating;
import org.consilium.assessment.HousingActChoices.Sanitation;
import org.consilium.assessment.HousingActChoices.Tenure;
import org.consilium.assessment.HousingActChoices.Upkeep;
import org.consilium.assessment.HousingActChoices.Water;
import org.consilium.base.AbstractEntity;
import org.consilium.base.FamilyRecord;

/**
 * An act of inspection of a family's housing conditions (акт обстеження житлово-побутових умов): one
 * visit to the home, who inspected and who of the family was there, the dwelling and its amenities, where
 * each child sleeps and studies, hazards found and the conclusion. A case keeps one act per inspection;
 * a re-inspection is a new act. Drawn up and revised only as a whole, after {@link HousingActCheck}
 * (decision 0027).
 */
@Entity
@Table(name = "housing_act")
public class HousingAct extends AbstractEntity implements FamilyRecord {

    /** Length limits, shared with the form. */
    public static final int ADDRESS_MAX = 300;
    public static final int DWELLING_NOTES_MAX = 1000;
    public static final int NOTES_MAX = 500;
    public static final int HAZARDS_MAX = 2000;
    public static final int CONCLUSION_MAX = 4000;
    public static final int RECOMMENDATIONS_MAX = 4000;
    public static final int INSPECTOR_NAME_MAX = 120;
    public static final int INSPECTOR_POST_MAX = 120;
    public static final int CHILD_NOTE_MAX = 300;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "family_name", nullable = false, length = 200)
    private String familyName;

    @Column(name = "team_agency_id", nullable = false)
    private long teamAgencyId;

    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @Column(name = "drawn_up_on", nullable = false)
    private LocalDate drawnUpOn;

    @Column(nullable = false, length = ADDRESS_MAX)
    private String address;

    @ElementCollection
    @CollectionTable(name = "housing_act_inspector", joinColumns = @JoinColumn(name = "act_id"))
    @OrderColumn(name = "position")
    private List<ActInspector> inspectors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "housing_act_present", joinColumns = @JoinColumn(name = "act_id"))
    @OrderColumn(name = "position")
    private List<ActPresent> present = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Dwelling dwelling;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Tenure tenure;

    @Column(nullable = false)
    private int rooms;

    @Column(name = "living_area", nullable = false, precision = 6, scale = 2)
    private BigDecimal livingArea;

    @Column(name = "dwelling_notes", length = DWELLING_NOTES_MAX)
    private String dwellingNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Heating heating;

    @Column(name = "heating_notes", length = NOTES_MAX)
    private String heatingNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Water water;

    @Column(name = "water_notes", length = NOTES_MAX)
    private String waterNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Sanitation sanitation;

    @Column(name = "sanitation_notes", length = NOTES_MAX)
    private String sanitationNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Food food;

    @Column(name = "food_notes", length = NOTES_MAX)
    private String foodNotes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Upkeep upkeep;

    @Column(name = "upkeep_notes", length = NOTES_MAX)
    private String upkeepNotes;

    @ElementCollection
    @CollectionTable(name = "housing_act_child", joinColumns = @JoinColumn(name = "act_id"))
    @OrderColumn(name = "position")
    private List<ActChild> children = new ArrayList<>();

    @Column(columnDefinition = "TEXT")
    private String hazards;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String conclusion;

    @Column(columnDefinition = "TEXT")
    private String recommendations;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_by_name", nullable = false, length = 120)
    private String recordedByName;

    /** Set on every revision, so that the audit log shows each one, even one that changed only a list. */
    @Column(name = "revised_at")
    private Instant revisedAt;

    @Column(name = "revised_by_name", length = 120)
    private String revisedByName;

    protected HousingAct() {
    }

    /** Who writes the act, and when: the signed-in user's name and full name, and the clock's time. */
    record Writer(String username, String fullName, Instant at) {
    }

    /** The case an act is about, as the service found it. */
    record About(long caseId, long familyId, String familyName, long teamAgencyId) {
    }

    /** A new act of a case, if the details pass every rule; otherwise nothing is made. */
    static HousingAct drawUp(About about, HousingActDetails d, ActFamily family, LocalDate today, Writer writer) {
        HousingActCheck.Checked checked = HousingActCheck.check(d, family, today);
        HousingAct act = new HousingAct();
        act.caseId = about.caseId();
        act.familyId = about.familyId();
        act.familyName = about.familyName();
        act.teamAgencyId = about.teamAgencyId();
        act.recordedAt = writer.at();
        act.recordedBy = writer.username();
        act.recordedByName = writer.fullName();
        act.take(d, checked);
        return act;
    }

    /** The act with new details, if they pass every rule; otherwise it stays as it was. */
    void revise(HousingActDetails d, ActFamily family, LocalDate today, Writer writer) {
        HousingActCheck.Checked checked = HousingActCheck.check(d, family, today);
        take(d, checked);
        this.revisedAt = writer.at();
        this.revisedByName = writer.fullName();
    }

    private void take(HousingActDetails d, HousingActCheck.Checked checked) {
        this.inspectedOn = d.getInspectedOn();
        this.drawnUpOn = d.getDrawnUpOn();
        this.address = d.getAddress().strip();
        this.inspectors.clear();
        this.inspectors.addAll(checked.inspectors());
        this.present.clear();
        this.present.addAll(checked.present());
        this.dwelling = d.getDwelling();
        this.tenure = d.getTenure();
        this.rooms = d.getRooms();
        this.livingArea = checked.livingArea();
        this.dwellingNotes = trimmed(d.getDwellingNotes());
        this.heating = d.getHeating();
        this.heatingNotes = trimmed(d.getHeatingNotes());
        this.water = d.getWater();
        this.waterNotes = trimmed(d.getWaterNotes());
        this.sanitation = d.getSanitation();
        this.sanitationNotes = trimmed(d.getSanitationNotes());
        this.food = d.getFood();
        this.foodNotes = trimmed(d.getFoodNotes());
        this.upkeep = d.getUpkeep();
        this.upkeepNotes = trimmed(d.getUpkeepNotes());
        this.children.clear();
        this.children.addAll(checked.children());
        this.hazards = trimmed(d.getHazards());
        this.conclusion = d.getConclusion().strip();
        this.recommendations = trimmed(d.getRecommendations());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long getCaseId() { return caseId; }
    public long getFamilyId() { return familyId; }
    public String getFamilyName() { return familyName; }
    public long getTeamAgencyId() { return teamAgencyId; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public LocalDate getDrawnUpOn() { return drawnUpOn; }
    public String getAddress() { return address; }
    List<ActInspector> getInspectors() { return inspectors; }
    List<ActPresent> getPresent() { return present; }
    public Dwelling getDwelling() { return dwelling; }
    public Tenure getTenure() { return tenure; }
    public int getRooms() { return rooms; }
    public BigDecimal getLivingArea() { return livingArea; }
    public String getDwellingNotes() { return dwellingNotes; }
    public Heating getHeating() { return heating; }
    public String getHeatingNotes() { return heatingNotes; }
    public Water getWater() { return water; }
    public String getWaterNotes() { return waterNotes; }
    public Sanitation getSanitation() { return sanitation; }
    public String getSanitationNotes() { return sanitationNotes; }
    public Food getFood() { return food; }
    public String getFoodNotes() { return foodNotes; }
    public Upkeep getUpkeep() { return upkeep; }
    public String getUpkeepNotes() { return upkeepNotes; }
    List<ActChild> getChildren() { return children; }
    public String getHazards() { return hazards; }
    public String getConclusion() { return conclusion; }
    public String getRecommendations() { return recommendations; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedByName() { return recordedByName; }
    public Instant getRevisedAt() { return revisedAt; }
    public String getRevisedByName() { return revisedByName; }

    @Override
    public Long auditFamilyId() {
        return familyId;
    }

    @Override
    public String auditFamilyLabel() {
        return familyName;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    @Override
    public Long auditTeamId() {
        return teamAgencyId;
    }
}
