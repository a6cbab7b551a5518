package org.consilium.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.consilium.assessment.HousingActChoices.Dwelling;
import org.consilium.assessment.HousingActChoices.Food;
import org.consilium.assessment.HousingActChoices.Heating;
import org.consilium.assessment.HousingActChoices.Sanitation;
import org.consilium.assessment.HousingActChoices.Sleeping;
import org.consilium.assessment.HousingActChoices.Study;
import org.consilium.assessment.HousingActChoices.Tenure;
import org.consilium.assessment.HousingActChoices.Upkeep;
import org.consilium.assessment.HousingActChoices.Water;

/**
 * What the inspectors fill in for a housing-conditions act, in the order of the paper form: when and
 * where, who inspected and who of the family was there, the dwelling, its amenities and state, where
 * each child sleeps and studies, hazards found, the conclusion and recommendations.
 */
public class HousingActDetails {

    /** Field names, as the form binds them and as refusals name them. */
    public static final String INSPECTED_ON = "inspectedOn";
    public static final String DRAWN_UP_ON = "drawnUpOn";
    public static final String ADDRESS = "address";
    public static final String INSPECTORS = "inspectors";
    public static final String PRESENT = "present";
    public static final String DWELLING = "dwelling";
    public static final String TENURE = "tenure";
    public static final String ROOMS = "rooms";
    public static final String LIVING_AREA = "livingArea";
    public static final String DWELLING_NOTES = "dwellingNotes";
    public static final String HEATING = "heating";
    public static final String HEATING_NOTES = "heatingNotes";
    public static final String WATER = "water";
    public static final String WATER_NOTES = "waterNotes";
    public static final String SANITATION = "sanitation";
    public static final String SANITATION_NOTES = "sanitationNotes";
    public static final String FOOD = "food";
    public static final String FOOD_NOTES = "foodNotes";
    public static final String UPKEEP = "upkeep";
    public static final String UPKEEP_NOTES = "upkeepNotes";
    public static final String CHILDREN = "children";
    public static final String HAZARDS = "hazards";
    public static final String CONCLUSION = "conclusion";
    public static final String RECOMMENDATIONS = "recommendations";

    /** Someone who inspected the home: their name and position ("фахівець із соціальної роботи"). */
    public record Inspector(String name, String post) {
    }

    /**
     * Where one child of the family sleeps and studies. The member's id, name and birth date say which
     * child it is; the choices and the note are what the inspectors saw.
     */
    public record ChildPlace(Long memberId, String name, LocalDate birthDate, Sleeping sleeping, Study study, String note) {

        public ChildPlace with(Sleeping newSleeping, Study newStudy, String newNote) {
            return new ChildPlace(memberId, name, birthDate, newSleeping, newStudy, newNote);
        }
    }

    private LocalDate inspectedOn;
    private LocalDate drawnUpOn;
    private String address = "";
    private List<Inspector> inspectors = new ArrayList<>();
    private Set<Long> present = new LinkedHashSet<>();
    private Dwelling dwelling;
    private Tenure tenure;
    private Integer rooms;
    private BigDecimal livingArea;
    private String dwellingNotes = "";
    private Heating heating;
    private String heatingNotes = "";
    private Water water;
    private String waterNotes = "";
    private Sanitation sanitation;
    private String sanitationNotes = "";
    private Food food;
    private String foodNotes = "";
    private Upkeep upkeep;
    private String upkeepNotes = "";
    private List<ChildPlace> children = new ArrayList<>();
    private String hazards = "";
    private String conclusion = "";
    private String recommendations = "";

    public LocalDate getInspectedOn() { return inspectedOn; }
    public void setInspectedOn(LocalDate inspectedOn) { this.inspectedOn = inspectedOn; }
    public LocalDate getDrawnUpOn() { return drawnUpOn; }
    public void setDrawnUpOn(LocalDate drawnUpOn) { this.drawnUpOn = drawnUpOn; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public List<Inspector> getInspectors() { return inspectors; }
    public void setInspectors(List<Inspector> inspectors) { this.inspectors = inspectors == null ? new ArrayList<>() : new ArrayList<>(inspectors); }
    public Set<Long> getPresent() { return present; }
    public void setPresent(Set<Long> present) { this.present = present == null ? new LinkedHashSet<>() : new LinkedHashSet<>(present); }
    public Dwelling getDwelling() { return dwelling; }
    public void setDwelling(Dwelling dwelling) { this.dwelling = dwelling; }
    public Tenure getTenure() { return tenure; }
    public void setTenure(Tenure tenure) { this.tenure = tenure; }
    public Integer getRooms() { return rooms; }
    public void setRooms(Integer rooms) { this.rooms = rooms; }
    public BigDecimal getLivingArea() { return livingArea; }
    public void setLivingArea(BigDecimal livingArea) { this.livingArea = livingArea; }
    public String getDwellingNotes() { return dwellingNotes; }
    public void setDwellingNotes(String dwellingNotes) { this.dwellingNotes = dwellingNotes; }
    public Heating getHeating() { return heating; }
    public void setHeating(Heating heating) { this.heating = heating; }
    public String getHeatingNotes() { return heatingNotes; }
    public void setHeatingNotes(String heatingNotes) { this.heatingNotes = heatingNotes; }
    public Water getWater() { return water; }
    public void setWater(Water water) { this.water = water; }
    public String getWaterNotes() { return waterNotes; }
    public void setWaterNotes(String waterNotes) { this.waterNotes = waterNotes; }
    public Sanitation getSanitation() { return sanitation; }
    public void setSanitation(Sanitation sanitation) { this.sanitation = sanitation; }
    public String getSanitationNotes() { return sanitationNotes; }
    public void setSanitationNotes(String sanitationNotes) { this.sanitationNotes = sanitationNotes; }
    public Food getFood() { return food; }
    public void setFood(Food food) { this.food = food; }
    public String getFoodNotes() { return foodNotes; }
    public void setFoodNotes(String foodNotes) { this.foodNotes = foodNotes; }
    public Upkeep getUpkeep() { return upkeep; }
    public void setUpkeep(Upkeep upkeep) { this.upkeep = upkeep; }
    public String getUpkeepNotes() { return upkeepNotes; }
    public void setUpkeepNotes(String upkeepNotes) { this.upkeepNotes = upkeepNotes; }
    public List<ChildPlace> getChildren() { return children; }
    public void setChildren(List<ChildPlace> children) { this.children = children == null ? new ArrayList<>() : new ArrayList<>(children); }
    public String getHazards() { return hazards; }
    public void setHazards(String hazards) { this.hazards = hazards; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
}
