package org.consilium.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.consilium.base.ExportFormat;

/**
 * A list's "Export to Excel" and "Export CSV" links (decision 0033). Each writes the file when the
 * browser asks for it, through the list's service, which checks the reader, applies the filters the
 * list shows at that moment and records the export; the file is named by what it holds and the day,
 * e.g. {@code cases-2026-11-30.xlsx}.
 */
public class ExportLinks extends Composite<HorizontalLayout> {

    /** Writes the list in a format and a language; the service behind it checks and records the export. */
    @FunctionalInterface
    public interface Export {
        void write(ExportFormat format, Locale locale, OutputStream out) throws IOException;
    }

    public final Anchor excel;
    public final Anchor csv;
    private final String what;
    private final Clock clock;
    private final Locale locale;
    private final Export export;

    /** Links that export {@code what} (the start of the file name) in the language the page shows. */
    public ExportLinks(String what, Clock clock, Export export) {
        this.what = what;
        this.clock = clock;
        this.locale = getLocale();
        this.export = export;
        excel = link(ExportFormat.XLSX, getTranslation("export.excel"), VaadinIcon.FILE_TABLE);
        csv = link(ExportFormat.CSV, getTranslation("export.csv"), VaadinIcon.FILE_TEXT_O);
        getContent().setSpacing(false);
        getContent().add(excel, csv);
    }

    /** The name the file gets today, e.g. {@code cases-2026-11-30.xlsx}. */
    public String fileName(ExportFormat format) {
        return format.fileName(what, LocalDate.now(clock));
    }

    /** Writes the file as a link's download does: what the list shows now, through its service. */
    public void write(ExportFormat format, OutputStream out) throws IOException {
        export.write(format, locale, out);
    }

    private Anchor link(ExportFormat format, String text, VaadinIcon icon) {
        // The handler runs when the browser asks, outside the page's lock: it reads nothing of the page.
        DownloadHandler handler = event -> {
            event.setFileName(fileName(format));
            event.setContentType(format.contentType());
            write(format, event.getOutputStream());
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        link.getElement().setAttribute("theme", "tertiary");
        link.addComponentAsFirst(icon.create());
        return link;
    }
}
