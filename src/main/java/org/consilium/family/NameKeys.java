package org.consilium.family;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Spelling-tolerant keys for finding a family again: the same name written in Ukrainian, Russian or
 * Latin letters, in any case, gives the same key ("Коваленко", "KOVALENKO", "Kovalenko"; "Мельник",
 * "Melnyk"; "Гнатюк", "Hnatiuk", "Gnatyuk"). Letters are transliterated to a reduced Latin alphabet
 * where sounds that the transliteration schemes write differently fall together.
 */
public final class NameKeys {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "h"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('й', "i"),
            Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "h"), Map.entry('ц', "c"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "sh"), Map.entry('ъ', ""), Map.entry('ы', "i"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('\'', ""), Map.entry('’', ""), Map.entry('ʼ', ""));

    private NameKeys() {
    }

    /** The key of a name: letters only. */
    public static String name(String text) {
        return fold(text, false);
    }

    /**
     * The key of a search for a person's name: word by word, so that "Коваленко Андрій" matches the
     * member keyed "kovalenko andrii".
     */
    public static String words(String text) {
        if (text == null) {
            return "";
        }
        return String.join(" ", Arrays.stream(text.strip().split("\\s+"))
                .map(NameKeys::name).filter(w -> !w.isEmpty()).toList());
    }

    /** The key of an address: letters and digits, so that house and flat numbers count. */
    public static String address(String text) {
        return fold(text, true);
    }

    private static String fold(String text, boolean keepDigits) {
        if (text == null) {
            return "";
        }
        StringBuilder latin = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            String mapped = CYRILLIC.get(c);
            if (mapped != null) {
                latin.append(mapped);
            } else if ((c >= 'a' && c <= 'z') || (keepDigits && c >= '0' && c <= '9')) {
                latin.append(c);
            }
        }
        String s = latin.toString()
                .replace("shch", "sh").replace("kh", "h").replace("zh", "z").replace("ts", "c").replace("tz", "c")
                .replace("ch", "c").replace("sh", "s")
                .replace("yu", "u").replace("iu", "u").replace("ju", "u")
                .replace("ya", "a").replace("ia", "a").replace("ja", "a")
                .replace("ye", "e").replace("ie", "e").replace("je", "e")
                .replace('y', 'i').replace('j', 'i').replace('g', 'h').replace('w', 'v').replace("x", "ks");
        StringBuilder collapsed = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (collapsed.isEmpty() || collapsed.charAt(collapsed.length() - 1) != c) {
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    /** Whether two keys differ by at most one letter (inserted, removed or changed). */
    public static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 1 || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
