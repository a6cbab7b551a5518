package org.consilium.assessment;

import static org.consilium.assessment.HousingActDetails.ADDRESS;
import static org.consilium.assessment.HousingActDetails.CHILDREN;
import static org.consilium.assessment.HousingActDetails.DRAWN_UP_ON;
import static org.consilium.assessment.HousingActDetails.DWELLING_NOTES;
import static org.consilium.assessment.HousingActDetails.INSPECTED_ON;
import static org.consilium.assessment.HousingActDetails.INSPECTORS;
import static org.consilium.assessment.HousingActDetails.LIVING_AREA;
import static org.consilium.assessment.HousingActDetails.PRESENT;
import static org.consilium.assessment.HousingActDetails.ROOMS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consilium.assessment.HousingActChoices.Dwelling;
import org.consilium.assessment.HousingActDetails.ChildPlace;
import org.consilium.assessment.HousingActDetails.Inspector;
import org.consilium.base.BusinessException;
import org.consilium.casefile.CaseStage;

/**
 * The rules of a housing-conditions act, checked as a whole before anything is saved, field by field in
 * the order of the form, so that the first refusal is the one highest on the form: the inspection
 * happened (not in the future), the act is dated after it, someone inspected (with name and position),
 * someone of the family was there, the dwelling is described, and each child has a place to sleep and
 * to study recorded. Only an open case gets new or changed acts.
 */
final class HousingActCheck {

    static final int MAX_INSPECTORS = 10;
    static final int ROOMS_MAX = 50;
    static final BigDecimal AREA_MAX = new BigDecimal("9999.99");

    /** What the check found, ready to keep: the people and children named, the area to two decimals. */
    record Checked(List<ActInspector> inspectors, List<ActPresent> present, List<ActChild> children, BigDecimal livingArea) {
    }

    private HousingActCheck() {
    }

    /** A closed case keeps its acts as they are: they are read and printed, not written. */
    static void requireOpen(CaseStage stage) {
        if (!stage.isOpen()) {
            throw new BusinessException("assessment.act.caseClosed");
        }
    }

    static Checked check(HousingActDetails d, ActFamily family, LocalDate today) {
        LocalDate inspected = required(INSPECTED_ON, d.getInspectedOn());
        if (inspected.isAfter(today)) {
            throw BusinessException.atField(INSPECTED_ON, "assessment.act.inspectedOn.future");
        }
        LocalDate drawnUp = required(DRAWN_UP_ON, d.getDrawnUpOn());
        if (drawnUp.isBefore(inspected)) {
            throw BusinessException.atField(DRAWN_UP_ON, "assessment.act.drawnUpOn.beforeInspection", inspected);
        }
        if (drawnUp.isAfter(today)) {
            throw BusinessException.atField(DRAWN_UP_ON, "assessment.act.drawnUpOn.future");
        }
        text(ADDRESS, d.getAddress(), HousingAct.ADDRESS_MAX, true);
        List<ActInspector> inspectors = inspectors(d.getInspectors());
        List<ActPresent> present = present(d, family);
        Dwelling dwelling = required(HousingActDetails.DWELLING, d.getDwelling());
        required(HousingActDetails.TENURE, d.getTenure());
        int rooms = required(ROOMS, d.getRooms());
        if (rooms < 1 || rooms > ROOMS_MAX) {
            throw BusinessException.atField(ROOMS, "assessment.act.rooms.range", ROOMS_MAX);
        }
        BigDecimal area = area(d.getLivingArea());
        String dwellingNotes = text(DWELLING_NOTES, d.getDwellingNotes(), HousingAct.DWELLING_NOTES_MAX, false);
        if (dwelling == Dwelling.OTHER && dwellingNotes == null) {
            throw BusinessException.atField(DWELLING_NOTES, "assessment.act.dwelling.otherNotes");
        }
        required(HousingActDetails.HEATING, d.getHeating());
        text(HousingActDetails.HEATING_NOTES, d.getHeatingNotes(), HousingAct.NOTES_MAX, false);
        required(HousingActDetails.WATER, d.getWater());
        text(HousingActDetails.WATER_NOTES, d.getWaterNotes(), HousingAct.NOTES_MAX, false);
        required(HousingActDetails.SANITATION, d.getSanitation());
        text(HousingActDetails.SANITATION_NOTES, d.getSanitationNotes(), HousingAct.NOTES_MAX, false);
        required(HousingActDetails.FOOD, d.getFood());
        text(HousingActDetails.FOOD_NOTES, d.getFoodNotes(), HousingAct.NOTES_MAX, false);
        required(HousingActDetails.UPKEEP, d.getUpkeep());
        text(HousingActDetails.UPKEEP_NOTES, d.getUpkeepNotes(), HousingAct.NOTES_MAX, false);
        List<ActChild> children = children(d.getChildren(), family.childrenOn(inspected));
        text(HousingActDetails.HAZARDS, d.getHazards(), HousingAct.HAZARDS_MAX, false);
        text(HousingActDetails.CONCLUSION, d.getConclusion(), HousingAct.CONCLUSION_MAX, true);
        text(HousingActDetails.RECOMMENDATIONS, d.getRecommendations(), HousingAct.RECOMMENDATIONS_MAX, false);
        return new Checked(inspectors, present, children, area);
    }

    /** A text as kept: trimmed, {@code null} when empty; refused when required and empty, or too long. */
    static String text(String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw BusinessException.atField(field, "validation.required");
        }
        if (v.length() > max) {
            throw BusinessException.atField(field, "validation.maxLength", max);
        }
        return v.isEmpty() ? null : v;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw BusinessException.atField(field, "validation.required");
        }
        return value;
    }

    /** Rows left wholly empty are dropped; each other row needs a name and a position. */
    private static List<ActInspector> inspectors(List<Inspector> typed) {
        List<ActInspector> out = new ArrayList<>();
        for (Inspector i : typed == null ? List.<Inspector>of() : typed) {
            String name = i == null || i.name() == null ? "" : i.name().strip();
            String post = i == null || i.post() == null ? "" : i.post().strip();
            if (name.isEmpty() && post.isEmpty()) {
                continue;
            }
            if (name.isEmpty()) {
                throw BusinessException.atField(INSPECTORS, "assessment.act.inspectors.name", post);
            }
            if (post.isEmpty()) {
                throw BusinessException.atField(INSPECTORS, "assessment.act.inspectors.post", name);
            }
            if (name.length() > HousingAct.INSPECTOR_NAME_MAX || post.length() > HousingAct.INSPECTOR_POST_MAX) {
                throw BusinessException.atField(INSPECTORS, "assessment.act.inspectors.tooLong", HousingAct.INSPECTOR_NAME_MAX);
            }
            out.add(new ActInspector(name, post));
        }
        if (out.isEmpty()) {
            throw BusinessException.atField(INSPECTORS, "assessment.act.inspectors.none");
        }
        if (out.size() > MAX_INSPECTORS) {
            throw BusinessException.atField(INSPECTORS, "assessment.act.inspectors.tooMany", MAX_INSPECTORS);
        }
        return out;
    }

    private static List<ActPresent> present(HousingActDetails d, ActFamily family) {
        if (d.getPresent().isEmpty()) {
            throw BusinessException.atField(PRESENT, "assessment.act.present.none");
        }
        List<ActPresent> out = new ArrayList<>();
        for (Long id : d.getPresent()) {
            ActFamily.Member m = (id == null ? null : family.member(id).orElse(null));
            if (m == null) {
                throw BusinessException.atField(PRESENT, "assessment.act.present.unknown");
            }
            out.add(new ActPresent(m.id(), m.name(), m.relation()));
        }
        return out;
    }

    private static BigDecimal area(BigDecimal typed) {
        BigDecimal area = required(LIVING_AREA, typed).setScale(2, RoundingMode.HALF_UP);
        if (area.signum() <= 0) {
            throw BusinessException.atField(LIVING_AREA, "assessment.act.livingArea.positive");
        }
        if (area.compareTo(AREA_MAX) > 0) {
            throw BusinessException.atField(LIVING_AREA, "assessment.act.livingArea.tooLarge", AREA_MAX.toPlainString());
        }
        return area;
    }

    /**
     * One place for each child the act is about, no more and no fewer: a child added to or left out
     * of the form since it was opened is refused, so that no child is silently missing from the act.
     */
    private static List<ActChild> children(List<ChildPlace> typed, List<ChildPlace> expected) {
        Map<Long, ChildPlace> byMember = new HashMap<>();
        for (ChildPlace p : typed == null ? List.<ChildPlace>of() : typed) {
            if (p == null || p.memberId() == null || expected.stream().noneMatch(e -> e.memberId().equals(p.memberId()))) {
                throw BusinessException.atField(CHILDREN, "assessment.act.children.changed");
            }
            byMember.put(p.memberId(), p);
        }
        List<ActChild> out = new ArrayList<>();
        for (ChildPlace child : expected) {
            ChildPlace p = byMember.get(child.memberId());
            if (p == null) {
                throw BusinessException.atField(CHILDREN, "assessment.act.children.changed");
            }
            if (p.sleeping() == null) {
                throw BusinessException.atField(CHILDREN, "assessment.act.children.sleeping", child.name());
            }
            if (p.study() == null) {
                throw BusinessException.atField(CHILDREN, "assessment.act.children.study", child.name());
            }
            String note = text(CHILDREN, p.note(), HousingAct.CHILD_NOTE_MAX, false);
            out.add(new ActChild(child.memberId(), child.name(), child.birthDate(), p.sleeping(), p.study(), note));
        }
        return out;
    }
}
