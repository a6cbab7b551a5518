package org.consilium.family;

import java.util.Map;

/** Writes a Ukrainian name in Latin letters, the way a clerk might (national transliteration). */
final class NameKeysTestSupport {

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"), Map.entry('ж', "zh"), Map.entry('з', "z"),
            Map.entry('и', "y"), Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ь', ""), Map.entry('ю', "iu"), Map.entry('я', "ia"));

    private NameKeysTestSupport() {
    }

    static String latin(String cyrillic) {
        StringBuilder s = new StringBuilder();
        for (char c : cyrillic.toCharArray()) {
            char lower = Character.toLowerCase(c);
            String l = LATIN.getOrDefault(lower, String.valueOf(c));
            s.append(Character.isUpperCase(c) && !l.isEmpty() ? Character.toUpperCase(l.charAt(0)) + l.substring(1) : l);
        }
        return s.toString();
    }
}
