package org.consilium.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.consilium.assessment.HousingActChoices.Dwelling;
import org.consilium.assessment.HousingActChoices.Food;
import org.consilium.assessment.HousingActChoices.Heating;
import org.consilium.assessment.HousingActChoices.Sanitation;
import org.consilium.assessment.HousingActChoices.Tenure;
import org.consilium.assessment.HousingActChoices.Upkeep;
import org.consilium.assessment.HousingActChoices.Water;
import org.consilium.assessment.HousingActDetails.ChildPlace;
import org.consilium.assessment.HousingActDetails.Inspector;
import org.consilium.family.Relation;

/**
 * One housing-conditions act as its readers see it and as it prints: the case and team, every section
 * of the act, who recorded and last revised it, and whether the reader may revise it.
 */
public record HousingActSheet(long id, long version, long caseId, String familyName, String teamName,
                              LocalDate inspectedOn, LocalDate drawnUpOn, String address,
                              List<Inspector> inspectors, List<Present> present,
                              Dwelling dwelling, Tenure tenure, int rooms, BigDecimal livingArea, String dwellingNotes,
                              Heating heating, String heatingNotes, Water water, String waterNotes,
                              Sanitation sanitation, String sanitationNotes, Food food, String foodNotes,
                              Upkeep upkeep, String upkeepNotes, List<ChildPlace> children,
                              String hazards, String conclusion, String recommendations,
                              String recordedByName, Instant recordedAt, String revisedByName, Instant revisedAt,
                              boolean mayRevise) {

    /** A member of the family who was there, as named at the inspection. */
    public record Present(long memberId, String name, Relation relation) {

        public boolean isAdult() {
            return !relation.isChild();
        }
    }

    public HousingActSheet {
        inspectors = List.copyOf(inspectors);
        present = List.copyOf(present);
        children = List.copyOf(children);
    }

    static HousingActSheet of(HousingAct a, String teamName, boolean mayRevise) {
        return new HousingActSheet(a.getId(), a.getVersion(), a.getCaseId(), a.getFamilyName(), teamName,
                a.getInspectedOn(), a.getDrawnUpOn(), a.getAddress(),
                a.getInspectors().stream().map(i -> new Inspector(i.getName(), i.getPost())).toList(),
                a.getPresent().stream().map(p -> new Present(p.getMemberId(), p.getName(), p.getRelation())).toList(),
                a.getDwelling(), a.getTenure(), a.getRooms(), a.getLivingArea(), a.getDwellingNotes(),
                a.getHeating(), a.getHeatingNotes(), a.getWater(), a.getWaterNotes(),
                a.getSanitation(), a.getSanitationNotes(), a.getFood(), a.getFoodNotes(),
                a.getUpkeep(), a.getUpkeepNotes(), a.getChildren().stream().map(ActChild::place).toList(),
                a.getHazards(), a.getConclusion(), a.getRecommendations(),
                a.getRecordedByName(), a.getRecordedAt(), a.getRevisedByName(), a.getRevisedAt(), mayRevise);
    }

    /** The names of the inspectors, for a line. */
    public String inspectorNames() {
        return inspectors.stream().map(Inspector::name).collect(Collectors.joining(", "));
    }

    /** The act's details, to revise it in the form. */
    public HousingActDetails details() {
        HousingActDetails d = new HousingActDetails();
        d.setInspectedOn(inspectedOn);
        d.setDrawnUpOn(drawnUpOn);
        d.setAddress(address);
        d.setInspectors(inspectors);
        d.setPresent(present.stream().map(Present::memberId).collect(Collectors.toCollection(LinkedHashSet::new)));
        d.setDwelling(dwelling);
        d.setTenure(tenure);
        d.setRooms(rooms);
        d.setLivingArea(livingArea);
        d.setDwellingNotes(nz(dwellingNotes));
        d.setHeating(heating);
        d.setHeatingNotes(nz(heatingNotes));
        d.setWater(water);
        d.setWaterNotes(nz(waterNotes));
        d.setSanitation(sanitation);
        d.setSanitationNotes(nz(sanitationNotes));
        d.setFood(food);
        d.setFoodNotes(nz(foodNotes));
        d.setUpkeep(upkeep);
        d.setUpkeepNotes(nz(upkeepNotes));
        d.setChildren(children);
        d.setHazards(nz(hazards));
        d.setConclusion(conclusion);
        d.setRecommendations(nz(recommendations));
        return d;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
