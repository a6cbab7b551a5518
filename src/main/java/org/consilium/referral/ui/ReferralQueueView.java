package org.consilium.referral.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.consilium.base.ui.RowOpening;
import org.consilium.account.UserAccountService;
import org.consilium.agency.AgencyService;
import org.consilium.agency.AgencyType;
import org.consilium.base.ui.ExportLinks;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.family.FamilyService;
import org.consilium.referral.ReferralQueueExport;
import org.consilium.referral.ReferralRow;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ReferralStatus;
import org.consilium.referral.SourceType;
import org.consilium.referral.Urgency;
import org.consilium.referral.VerificationRecord;
import org.consilium.security.AppRoles;

/**
 * The triage queue: the most urgent referral first, then the earliest due; overdue ones marked.
 * Intake registers new referrals here and answers them; the queue as filtered exports to Excel or CSV
 * (the referral log, decision 0033).
 */
@Route("referrals")
@Menu(order = 5, icon = "vaadin:inbox", title = "menu.referrals")
@RolesAllowed({AppRoles.INTAKE, AppRoles.SUPERVISOR})
class ReferralQueueView extends VerticalLayout implements TitledView, AfterNavigationObserver {

    /** "Pending" is a choice of its own: new and being verified together. */
    enum StatusChoice { PENDING, NEW, VERIFYING, VERIFIED, ACCEPTED, DECLINED, ALL }

    final ComboBox<StatusChoice> status = new ComboBox<>();
    final ComboBox<Urgency> urgency = new ComboBox<>();
    final ComboBox<SourceType> source = new ComboBox<>();
    final Button newReferral = new Button();
    final Grid<ReferralRow> grid = new Grid<>();
    final ExportLinks export;
    /** What the queue shows, for an export the browser asks for outside the page's lock. */
    private volatile ReferralService.QueueFilter shown;
    ReferralForm form;
    ReferralDialog dialog;
    private final ReferralService referrals;
    private final AgencyService agencies;
    private final FamilyService families;
    private final UserAccountService accounts;
    private final Clock clock;

    ReferralQueueView(ReferralService referrals, ReferralQueueExport exports, AgencyService agencies, FamilyService families,
                      UserAccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        this.referrals = referrals;
        this.agencies = agencies;
        this.families = families;
        setSizeFull();

        status.setLabel(getTranslation("referral.status"));
        status.setItems(StatusChoice.values());
        status.setItemLabelGenerator(s -> getTranslation("referral.filter." + s.name()));
        status.setValue(StatusChoice.PENDING);
        urgency.setLabel(getTranslation("referral.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation(u.messageKey()));
        urgency.setClearButtonVisible(true);
        source.setLabel(getTranslation("referral.sourceType"));
        source.setItems(SourceType.values());
        source.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        source.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());
        urgency.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        newReferral.setText(getTranslation("referral.new"));
        newReferral.setIcon(VaadinIcon.PLUS.create());
        newReferral.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newReferral.addClickListener(e -> openForm());
        Span spacer = new Span();
        export = new ExportLinks("referrals", clock, (format, locale, out) -> exports.export(shown, format, locale, out));
        HorizontalLayout toolbar = new HorizontalLayout(status, urgency, source, export, spacer, newReferral);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, spacer);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addComponentColumn(r -> badge(getTranslation(r.urgency().messageKey()),
                        r.urgency() == Urgency.EMERGENCY ? "error primary" : r.urgency() == Urgency.URGENT ? "error" : ""))
                .setHeader(getTranslation("referral.urgency")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span due = new Span(Formats.dateTime(r.dueAt(), getLocale()));
            if (r.overdue()) {
                due = badge(getTranslation("referral.overdue", Formats.dateTime(r.dueAt(), getLocale())), "error");
            }
            return due;
        }).setHeader(getTranslation("referral.dueAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.sourceType().messageKey()) + (r.source().isEmpty() ? "" : ": " + r.source()))
                .setHeader(getTranslation("referral.source")).setAutoWidth(true);
        grid.addColumn(ReferralRow::peopleConcerned).setHeader(getTranslation("referral.peopleConcerned")).setFlexGrow(1);
        grid.addColumn(r -> r.reasons().stream().map(p -> getTranslation(p.messageKey())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("referral.reasons")).setAutoWidth(true);
        grid.addComponentColumn(r -> badge(getTranslation(r.status().messageKey()), r.status().isPending() ? "" : "contrast"))
                .setHeader(getTranslation("referral.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.familyName() == null ? "" : r.familyName()).setHeader(getTranslation("referral.family")).setAutoWidth(true);
        grid.setPartNameGenerator(r -> r.overdue() ? "overdue" : null);
        grid.setEmptyStateText(getTranslation("referral.queue.empty"));
        RowOpening.open(grid, row -> openReferral(row.id()));
        grid.setSizeFull();
        refresh();
        add(toolbar, grid);
    }

    private static Span badge(String text, String themes) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge");
        for (String t : themes.split(" ")) {
            if (!t.isBlank()) {
                s.getElement().getThemeList().add(t);
            }
        }
        return s;
    }

    private void refresh() {
        Set<ReferralStatus> statuses = switch (status.getValue() == null ? StatusChoice.ALL : status.getValue()) {
            case PENDING -> ReferralStatus.pending();
            case NEW -> EnumSet.of(ReferralStatus.NEW);
            case VERIFYING -> EnumSet.of(ReferralStatus.VERIFYING);
            case VERIFIED -> EnumSet.of(ReferralStatus.VERIFIED);
            case ACCEPTED -> EnumSet.of(ReferralStatus.ACCEPTED);
            case DECLINED -> EnumSet.of(ReferralStatus.DECLINED);
            case ALL -> Set.of();
        };
        ReferralService.QueueFilter filter = new ReferralService.QueueFilter(statuses,
                urgency.getValue() == null ? Set.of() : Set.of(urgency.getValue()),
                source.getValue() == null ? Set.of() : Set.of(source.getValue()));
        shown = filter;
        grid.setItems(query -> referrals.queue(filter, toSpringPageRequest(query)).stream());
    }

    private void openForm() {
        ReferralForm opened = new ReferralForm(agencies.all(), true);
        opened.addSaveListener(e -> {
            opened.submitAndReturn(() -> referrals.register(opened.details())).ifPresent(saved -> {
                refresh();
                Notifications.success(getTranslation("referral.saved", Formats.dateTime(saved.getDueAt(), getLocale())));
            });
        });
        form = opened;
        opened.open();
    }

    /** {@code ?referral=<id>} opens that referral over the queue, so that a referral can be linked to. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("referral").ifPresent(id -> {
            try {
                openReferral(Long.parseLong(id));
            } catch (NumberFormatException e) {
                // Not a referral's number: the queue alone is shown.
            }
        });
    }

    void openReferral(long id) {
        referrals.open(id).ifPresent(r -> {
            VerificationRecord verification = VerificationRecord.of(r,
                    u -> accounts.fullNamesOf(Set.of(u)).getOrDefault(u, u)).orElse(null);
            ReferralDialog opened = new ReferralDialog(r, verification,
                    accounts.signedIn().map(u -> u.hasRole(AppRoles.SUPERVISOR)).orElse(false), referrals, families,
                    agencies.all().stream().filter(a -> a.getType() == AgencyType.SCHOOL).toList(), LocalDate.now(clock));
            opened.addChangeListener(e -> {
                refresh();
                if (e.showAgain()) {
                    openReferral(id);
                }
            });
            dialog = opened;
            opened.open();
        });
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.referrals");
    }
}
