package org.consilium.attachment;

import org.consilium.base.BusinessException;

/**
 * The check of a file's original name. The name is never used as a path (decision 0017), but a name
 * that looks like one, or hides characters, is refused all the same: it would mislead whoever reads it
 * in a list or saves the download.
 */
final class FileNames {

    private FileNames() {
    }

    /** Refuses ({@code attachment.name.invalid}) a name that is blank, too long or path-like, or has control characters. */
    static void check(String name) {
        if (name == null || name.isBlank() || name.length() > Attachment.NAME_MAX
                || name.contains("/") || name.contains("\\") || name.contains("..")
                || name.chars().anyMatch(FileNames::hidden)
                || name.chars().allMatch(c -> c == '.')) {
            throw BusinessException.atField(Attachments.FILE, "attachment.name.invalid");
        }
    }

    /** Control characters, and the marks that turn the direction of text ("report\u202Efdp.exe"). */
    private static boolean hidden(int c) {
        return Character.isISOControl(c)
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069
                || c == 0x200E || c == 0x200F;
    }
}
