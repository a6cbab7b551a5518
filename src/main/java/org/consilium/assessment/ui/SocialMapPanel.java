package org.consilium.assessment.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.consilium.assessment.SocialMapService;
import org.consilium.assessment.SocialMapSheet;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Notifications;

/**
 * The social map of one assessment version: which version, the eco-map with links to print or save it,
 * the buttons to add to it while the version is in progress, and the same data as tables below.
 * Everything it shows and changes goes through {@link SocialMapService}, which checks the reader.
 */
class SocialMapPanel extends VerticalLayout {

    final Select<SocialMapSheet.Version> versions = new Select<>();
    final Paragraph status = new Paragraph();
    final HorizontalLayout actions = new HorizontalLayout();
    final Button addMember = new Button();
    final Button addRelation = new Button();
    final Button addContact = new Button();
    final Paragraph empty = new Paragraph();
    final Div chart = new Div();
    final SocialMapTables tables;

    private final SocialMapService socialMap;
    private final long caseId;
    private SocialMapSheet sheet;

    SocialMapPanel(SocialMapService socialMap, long caseId) {
        this.socialMap = socialMap;
        this.caseId = caseId;
        this.tables = new SocialMapTables(this);
        addClassName("social-map");
        setPadding(false);

        versions.setLabel(getTranslation("socialMap.version"));
        versions.setWidth("min(28rem, 100%)");
        versions.setItemLabelGenerator(this::versionLabel);
        addMember.setText(getTranslation("socialMap.member.add"));
        addMember.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addMember.addClickListener(e -> editMember(null));
        addRelation.setText(getTranslation("socialMap.relation.add"));
        addRelation.addClickListener(e -> editRelation(null));
        addContact.setText(getTranslation("socialMap.contact.add"));
        addContact.addClickListener(e -> editContact(null));
        actions.add(addMember, addRelation, addContact);
        actions.setWrap(true);
        empty.addClassName("social-map-empty");
        chart.addClassName("social-map-chart");
        chart.setWidthFull();
        chart.getStyle().set("max-width", "75rem");
        add(versions, status, actions, empty, chart, tables);

        // Read when the tab is first opened, not with the page: the tab sheet attaches the chosen tab only,
        // and each reading is recorded in the audit log.
        addAttachListener(e -> {
            if (sheet == null) {
                show(socialMap.sheet(caseId, null));
            }
        });
        versions.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(socialMap.sheet(caseId, e.getValue().assessmentId()));
            }
        });
    }

    /** Shows the map as the service gave it. */
    void show(SocialMapSheet s) {
        this.sheet = s;
        versions.setItems(s.versions());
        versions.setValue(s.shown());
        versions.setVisible(s.versions().size() > 1);
        chart.removeAll();
        if (s.assessmentId() == null) {
            status.setText(getTranslation("socialMap.noAssessment"));
            actions.setVisible(false);
            empty.setVisible(false);
            tables.setVisible(false);
            return;
        }
        status.setText(getTranslation(s.writable() ? "socialMap.status.writable" : "socialMap.status.readOnly",
                versionLabel(s.shown())));
        actions.setVisible(s.writable());
        addRelation.setEnabled(s.members().size() > 1);
        empty.setVisible(s.isEmpty());
        empty.setText(getTranslation(s.writable() ? "socialMap.empty.writable" : "socialMap.empty"));
        if (!s.isEmpty()) {
            EcoMapSvg.Words words = words(getLocale());
            chart.add(new Svg(EcoMapSvg.render(s, title(s, words), words)), printLinks(s));
        }
        tables.setVisible(!s.isEmpty());
        tables.show(s);
    }

    SocialMapSheet sheet() {
        return sheet;
    }

    private String versionLabel(SocialMapSheet.Version v) {
        return v == null ? "" : getTranslation("socialMap.version.label", v.number(),
                getTranslation(v.kind().messageKey()), getTranslation(v.status().messageKey()));
    }

    /** The map's title: whose family, and which version of the assessment. */
    static String title(SocialMapSheet s, EcoMapSvg.Words words) {
        return words.text("socialMap.svg.title", s.familyName(), s.number(),
                words.text(s.kind().messageKey()));
    }

    /** The map's texts in the given language, also when a file is made outside the page's own request. */
    private EcoMapSvg.Words words(Locale locale) {
        return (key, arguments) -> getTranslation(locale, key, arguments);
    }

    /** Open the map alone in a new tab, to print it, or save it as a file. */
    private HorizontalLayout printLinks(SocialMapSheet s) {
        Anchor print = new Anchor(file(s, AttachmentType.INLINE), AttachmentType.INLINE, getTranslation("socialMap.print"));
        print.setTarget(AnchorTarget.BLANK);
        print.addComponentAsFirst(VaadinIcon.PRINT.create());
        print.addClassName("social-map-print");
        Anchor download = new Anchor(file(s, AttachmentType.DOWNLOAD), AttachmentType.DOWNLOAD,
                getTranslation("socialMap.download"));
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        download.addClassName("social-map-download");
        HorizontalLayout links = new HorizontalLayout(print, download);
        links.setWrap(true);
        return links;
    }

    /** The map as an SVG file, read again through the service (and recorded as an export) when asked for. */
    private DownloadHandler file(SocialMapSheet s, AttachmentType type) {
        long assessmentId = s.assessmentId();
        Locale locale = getLocale();
        String name = "social-map-" + s.familyName() + "-" + s.number() + ".svg";
        return event -> {
            SocialMapSheet now = socialMap.export(caseId, assessmentId);
            String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + EcoMapSvg.render(now, title(now, words(locale)), words(locale));
            event.setFileName(name);
            event.setContentType("image/svg+xml;charset=UTF-8");
            event.getOutputStream().write(svg.getBytes(StandardCharsets.UTF_8));
        };
    }

    /** The map's members by id, as the forms offer them: "name (role)". */
    Map<Long, String> memberLabels() {
        Map<Long, String> labels = new LinkedHashMap<>();
        sheet.members().forEach(m -> labels.put(m.id(), m.name() + " (" + getTranslation(m.role().messageKey()) + ")"));
        return labels;
    }

    void editMember(SocialMapSheet.Member m) {
        long assessmentId = sheet.assessmentId();
        List<SocialMapService.MemberOption> options = m == null ? socialMap.memberOptions(assessmentId) : List.of();
        SocialMapMemberForm form = new SocialMapMemberForm(m, options);
        through(form, () -> m == null ? socialMap.addMember(assessmentId, form.details())
                : socialMap.editMember(m.id(), m.version(), form.details()), "socialMap.saved");
    }

    void editRelation(SocialMapSheet.Tie t) {
        long assessmentId = sheet.assessmentId();
        SocialMapRelationForm form = new SocialMapRelationForm(t, memberLabels());
        through(form, () -> t == null ? socialMap.addRelation(assessmentId, form.details())
                : socialMap.editRelation(t.id(), t.version(), form.details()), "socialMap.saved");
    }

    void editContact(SocialMapSheet.Contact c) {
        long assessmentId = sheet.assessmentId();
        SocialMapContactForm form = new SocialMapContactForm(c, memberLabels());
        through(form, () -> c == null ? socialMap.addContact(assessmentId, form.details())
                : socialMap.editContact(c.id(), c.version(), form.details()), "socialMap.saved");
    }

    void removeMember(SocialMapSheet.Member m) {
        remove(getTranslation("socialMap.member.remove.confirm", m.name()), () -> socialMap.removeMember(m.id(), m.version()));
    }

    void removeRelation(SocialMapSheet.Tie t) {
        remove(getTranslation("socialMap.relation.remove.confirm", t.firstName(), t.secondName()),
                () -> socialMap.removeRelation(t.id(), t.version()));
    }

    void removeContact(SocialMapSheet.Contact c) {
        remove(getTranslation("socialMap.contact.remove.confirm", c.name()), () -> socialMap.removeContact(c.id(), c.version()));
    }

    /** Asks before taking something off the map, then does. */
    private void remove(String text, Supplier<SocialMapSheet> removal) {
        ConfirmDialog confirm = new ConfirmDialog("socialMap.remove", text, "socialMap.remove").dangerous();
        through(confirm, removal, "socialMap.removed");
    }

    /** Opens the form; a valid save goes through the service and the map is shown again as it now stands. */
    private void through(EditDialog<?> form, Supplier<SocialMapSheet> save, String doneKey) {
        Long shown = sheet.assessmentId();
        form.onReload(() -> show(socialMap.sheet(caseId, shown)));
        form.addSaveListener(e -> form.submitAndReturn(save).ifPresent(saved -> {
            Notifications.success(getTranslation(doneKey));
            show(saved);
        }));
        form.open();
    }
}
