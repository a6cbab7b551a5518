package org.consilium.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import org.consilium.assessment.AssessmentKind;
import org.consilium.assessment.AssessmentOverview;
import org.consilium.assessment.AssessmentService;
import org.consilium.assessment.AssessmentSheet;
import org.consilium.assessment.AssessmentStatus;
import org.consilium.assessment.ChildSafety;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Facts;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;

/**
 * The assessment by domains of one case: its versions, the child's safety, the seven domains, the
 * in-depth conclusions and the summary for the family, with what the user may do with them.
 */
class AssessmentPanel extends VerticalLayout {

    final Select<AssessmentOverview.Version> versions = new Select<>();
    final Div actions = new Div();
    final Div facts = new Div();
    final Div safety = new Div();
    final Div domains = new Div();
    final Div conclusions = new Div();
    final Div summary = new Div();
    final Paragraph empty = new Paragraph();

    private final AssessmentService service;
    private final Clock clock;
    private final long caseId;
    AssessmentOverview overview;
    AssessmentSheet sheet;

    AssessmentPanel(AssessmentService service, Clock clock, long caseId) {
        this.service = service;
        this.clock = clock;
        this.caseId = caseId;
        addClassName("assessment-panel");
        setPadding(false);
        versions.setLabel(getTranslation("assessment.version"));
        versions.setWidth("min(28rem, 100%)");
        versions.setItemLabelGenerator(this::versionLabel);
        versions.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue().assessmentId());
            }
        });
        actions.addClassName("assessment-actions");
        facts.addClassName("case-header");
        safety.addClassName("assessment-safety");
        domains.addClassName("assessment-domains");
        conclusions.addClassName("assessment-conclusions");
        summary.addClassName("assessment-summary");
        empty.addClassName("assessment-empty");
        add(versions, actions, empty, facts, safety, domains, conclusions, summary);
        load(null);
    }

    /** Reads the case's assessments again and shows the given version, or the latest. */
    void load(Long assessmentId) {
        overview = service.overview(caseId);
        versions.setItems(overview.versions());
        versions.setVisible(overview.versions().size() > 1);
        if (overview.isEmpty()) {
            sheet = null;
            render();
            return;
        }
        show(assessmentId == null ? overview.latest().assessmentId() : assessmentId);
    }

    private void show(long assessmentId) {
        sheet = service.sheet(caseId, assessmentId);
        overview.versions().stream().filter(v -> v.assessmentId() == assessmentId).findFirst().ifPresent(versions::setValue);
        render();
    }

    private void reload() {
        load(sheet == null ? null : sheet.assessmentId());
    }

    private String versionLabel(AssessmentOverview.Version v) {
        return getTranslation("assessment.versionLabel", v.number(), getTranslation(v.kind().messageKey()),
                getTranslation(v.status().messageKey()));
    }

    private void render() {
        actions.removeAll();
        facts.removeAll();
        safety.removeAll();
        domains.removeAll();
        conclusions.removeAll();
        summary.removeAll();
        for (AssessmentKind kind : overview.startable()) {
            Button start = new Button(getTranslation("assessment.start." + kind.name()), e -> start(kind));
            if (kind == AssessmentKind.INITIAL) {
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(start);
        }
        empty.setVisible(sheet == null);
        safety.setVisible(sheet != null);
        empty.setText(getTranslation(overview.writable() ? "assessment.empty.write" : "assessment.empty.read"));
        if (sheet == null) {
            return;
        }
        if (sheet.writable()) {
            Button complete = new Button(getTranslation("assessment.action.complete"), e -> complete());
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(complete);
        }
        if (overview.versions().size() > 1) {
            actions.add(new Button(getTranslation("assessment.action.compare"),
                    e -> new AssessmentComparisonDialog(service, caseId, overview, sheet.assessmentId()).open()));
        }
        if (overview.writable()) {
            actions.add(new Button(getTranslation("assessment.action.summary"), e -> edit(new SummaryForm(sheet),
                    d -> service.shareSummary(sheet.assessmentId(), sheet.version(), d.getSummary()))));
        }
        showFacts();
        showSafety();
        for (AssessmentSheet.Finding f : sheet.findings()) {
            domains.add(new DomainCard(f, sheet.writable(), () -> edit(
                    new DomainForm(sheet, f, service.answerOptions(caseId), LocalDate.now(clock)),
                    d -> service.writeDomain(sheet.assessmentId(), sheet.version(), f.domain(), d))));
        }
        showConclusions();
        showSummary();
    }

    private void showFacts() {
        Span status = new Span(getTranslation(sheet.status().messageKey()));
        status.getElement().getThemeList().add("badge" + (sheet.status() == AssessmentStatus.COMPLETED ? " success" : ""));
        facts.add(Facts.fact(getTranslation("assessment.kind"), getTranslation(sheet.kind().messageKey())),
                Facts.fact(getTranslation("assessment.status"), status),
                Facts.fact(getTranslation("assessment.started"), getTranslation("assessment.byOn",
                        Formats.dateTime(sheet.startedAt(), getLocale()), sheet.startedBy())),
                Facts.fact(getTranslation("assessment.progress"), getTranslation("assessment.progress.value",
                        sheet.assessedCount(), sheet.findings().size())));
        if (sheet.completedAt() != null) {
            facts.add(Facts.fact(getTranslation("assessment.completed"), getTranslation("assessment.byOn",
                    Formats.dateTime(sheet.completedAt(), getLocale()), sheet.completedBy())));
        }
    }

    private void showSafety() {
        H3 heading = new H3(getTranslation("assessment.safety.question"));
        safety.add(heading);
        safety.getElement().setAttribute("data-safety", sheet.safety() == null ? "" : sheet.safety().name());
        if (sheet.safety() == null) {
            safety.add(new Paragraph(getTranslation("assessment.safety.notAnswered")));
        } else {
            Span answer = new Span(getTranslation(sheet.safety().messageKey()));
            answer.getElement().getThemeList().add("badge " + (sheet.safety() == ChildSafety.SAFE ? "success" : "error primary"));
            safety.add(answer);
            if (sheet.safetyReason() != null) {
                safety.add(Facts.fact(getTranslation("assessment.safety.reason"), sheet.safetyReason()));
            }
            if (sheet.safety() == ChildSafety.NOT_SAFE) {
                safety.add(Facts.fact(getTranslation("assessment.safety.actions"), sheet.safetyActions()),
                        Facts.fact(getTranslation("assessment.safety.due"), Formats.date(sheet.safetyDue(), getLocale())),
                        Facts.fact(getTranslation("assessment.safety.contacts"), sheet.emergencyContacts()));
            }
            safety.add(Facts.fact(getTranslation("assessment.safety.answered"), getTranslation("assessment.byOn",
                    Formats.date(sheet.safetyAnsweredOn(), getLocale()), sheet.safetyAnsweredBy())));
        }
        if (sheet.writable()) {
            safety.add(new Button(getTranslation(sheet.safety() == null ? "assessment.safety.answer" : "assessment.safety.change"),
                    e -> edit(new SafetyForm(sheet, LocalDate.now(clock)),
                            d -> service.answerSafety(sheet.assessmentId(), sheet.version(), d))));
        }
    }

    private void showConclusions() {
        boolean any = sheet.prognosis() != null || sheet.recommendations() != null;
        conclusions.setVisible(any || sheet.kind() != AssessmentKind.INITIAL);
        conclusions.add(new H3(getTranslation("assessment.conclusions")));
        if (!any) {
            conclusions.add(new Paragraph(getTranslation("assessment.conclusions.none")));
        }
        conclusions.add(Facts.fact(getTranslation("assessment.field.prognosis"), sheet.prognosis()),
                Facts.fact(getTranslation("assessment.field.recommendations"), sheet.recommendations()));
        if (sheet.writable()) {
            conclusions.add(new Button(getTranslation("assessment.conclusions.edit"), e -> edit(new ConclusionsForm(sheet),
                    d -> service.writeConclusions(sheet.assessmentId(), sheet.version(), d.getPrognosis(),
                            d.getRecommendations()))));
        }
    }

    private void showSummary() {
        summary.setVisible(sheet.familySummary() != null);
        if (sheet.familySummary() != null) {
            summary.add(new H3(getTranslation("assessment.summary.heading")),
                    new Paragraph(sheet.familySummary()),
                    Facts.fact(getTranslation("assessment.summary.sharedAt"), sheet.summarySharedAt() == null ? null
                            : getTranslation("assessment.byOn", Formats.dateTime(sheet.summarySharedAt(), getLocale()),
                            sheet.summarySharedBy())));
        }
    }

    private void start(AssessmentKind kind) {
        ConfirmDialog confirm = new ConfirmDialog("assessment.start." + kind.name(),
                getTranslation("assessment.start.confirm." + kind.name()), "assessment.start.go");
        confirm.addSaveListener(e -> confirm.submitAndReturn(() -> service.start(caseId, kind))
                .ifPresent(started -> load(started.assessmentId())));
        confirm.open();
    }

    private void complete() {
        ConfirmDialog confirm = new ConfirmDialog("assessment.action.complete",
                getTranslation("assessment.complete.confirm"), "assessment.action.complete");
        confirm.addSaveListener(e -> {
            try {
                service.complete(sheet.assessmentId(), sheet.version());
                confirm.close();
                Notifications.success(getTranslation("assessment.complete.done"));
                reload();
            } catch (BusinessException refused) {
                confirm.close();
                Notifications.refused(this, refused, this::reload);
            }
        });
        confirm.open();
    }

    private <D> void edit(EditDialog<D> form, java.util.function.Function<D, AssessmentSheet> save) {
        form.onReload(this::reload);
        form.addSaveListener(e -> form.submitAndReturn(() -> save.apply(form.details()))
                .ifPresent(saved -> {
                    Notifications.success(getTranslation("assessment.saved"));
                    load(saved.assessmentId());
                }));
        form.open();
    }
}
