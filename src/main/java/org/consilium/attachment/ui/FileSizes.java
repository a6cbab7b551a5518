package org.consilium.attachment.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.util.Locale;

/** A file's size the way the user's language writes it: "512 B", "34 KB", "1,2 MB". */
final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private FileSizes() {
    }

    static String of(long bytes, Locale locale, Component context) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < KB) {
            return context.getTranslation("attachment.size.bytes", number.format(bytes));
        }
        if (bytes < MB) {
            return context.getTranslation("attachment.size.kilobytes", number.format(bytes / (double) KB));
        }
        return context.getTranslation("attachment.size.megabytes", number.format(bytes / (double) MB));
    }
}
