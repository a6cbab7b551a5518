package org.consilium.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.consilium.agency.AgencyType;
import org.consilium.meeting.MeetingKind;
import org.consilium.plan.FamilyStep;
import org.consilium.plan.FamilyWords;
import org.consilium.security.AppRoles;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    /** Places in the code that name a message key literally. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "getTranslation\\(\"([^\"]+)\"|atField\\([^,()]+, \"([^\"]+)\"|new BusinessException\\(\"([^\"]+)\""
                    + "|new ReasonDialog\\(\"([^\"]+)\", \"([^\"]+)\"|new ConfirmDialog\\(\"([^\"]+)\", [^;]+?, \"([^\"]+)\"\\)"
                    + "|message = \"\\{([^}]+)}\"|title = \"([a-z]+\\.[A-Za-z.]+)\"|show\\(\"([^\"]+)\", \"([^\"]+)\"\\)"
                    + "|text\\(\"([^\"]+)\", locale\\)|\"(error\\.editConflict[A-Za-z.]*)\"|\"(login\\.error\\.[A-Za-z]+)\""
                    // The columns of an export and its named yes and no (decision 0033).
                    + "|titled\\(\"([^\"]+)\"\\)|\\.(?:text|translated|translatedEach|number|date|dateTime|yesNo)\\(\"([a-z]+\\.[A-Za-z.]+)\""
                    + "|\"(export\\.[a-z]+)\"");

    @Test
    void ukrainian_russian_and_english_bundles_have_the_same_keys_and_no_empty_texts() throws IOException {
        Properties en = load("messages.properties");
        Properties uk = load("messages_uk.properties");
        Properties ru = load("messages_ru.properties");

        assertThat(uk.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(ru.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (Properties bundle : new Properties[] {en, uk, ru}) {
            assertThat(bundle.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        }
    }

    @Test
    void every_key_the_code_names_exists_in_the_bundles() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        // A key ending in "." is a prefix completed at run time; those are added below.
                        if (m.group(g) != null && !m.group(g).endsWith(".")) {
                            keys.add(m.group(g));
                        }
                    }
                }
            }
        }
        for (String role : AppRoles.ALL) {
            keys.add("role." + role);
            keys.add("mywork.about." + role);
            keys.add("mywork.next." + role);
        }
        for (AgencyType type : AgencyType.values()) {
            keys.add(type.messageKey());
        }

        assertThat(keys).hasSizeGreaterThan(50);
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void every_text_the_family_reads_under_a_key_built_at_run_time_exists_in_every_bundle() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String key : FamilyWords.KEYS) {
            keys.add(key);
            keys.add(key + ".family");
        }
        for (FamilyStep step : FamilyStep.values()) {
            keys.add(step.nowKey());
            keys.add(step.nextKey());
        }
        for (MeetingKind kind : MeetingKind.values()) {
            keys.add(kind.messageKey() + ".family");
        }
        for (String step : List.of("SCHEDULED", "HELD", "CANCELLED")) {
            keys.add("meeting.family.now." + step);
            keys.add("meeting.family.next." + step);
        }
        keys.addAll(List.of("menu.myWork.family", "meeting.mine.help.family", "meeting.mine.chair.family",
                "meeting.fact.chair.family", "meeting.minutes.title.family", "meeting.minutes.finalOn.family"));
        for (String bundle : BUNDLES.keySet()) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }

    /** The bundles with the language whose plural rules their texts follow. */
    private static final Map<String, Locale> BUNDLES = Map.of("messages.properties", Locale.ENGLISH,
            "messages_uk.properties", Languages.UKRAINIAN, "messages_ru.properties", Languages.RUSSIAN);

    /** Numbers of every plural category of the three languages, whole and not. */
    private static final List<Number> COUNTS = List.of(0, 1, 2, 5, 11, 21, 22, 101, 1.5);

    @Test
    void every_message_is_a_valid_icu_pattern_that_formats_any_count_and_loses_neither_an_argument_nor_an_apostrophe()
            throws IOException {
        IcuMessageSource messages = new IcuMessageSource();
        for (Map.Entry<String, Locale> bundle : BUNDLES.entrySet()) {
            Properties texts = load(bundle.getKey());
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                String where = key + " in " + bundle.getKey();
                assertThatCode(() -> new MessagePattern(text)).as(where).doesNotThrowAnyException();
                Arguments arguments = Arguments.of(new MessagePattern(text));
                if (arguments.named()) {
                    // Bean validation texts such as {max}: their numbers are the constraint's attributes.
                    for (Number n : COUNTS) {
                        assertThatCode(() -> new com.ibm.icu.text.MessageFormat(text, bundle.getValue())
                                .format(arguments.sample(n))).as(where).doesNotThrowAnyException();
                    }
                    continue;
                }
                if (arguments.numbers().isEmpty()) {
                    continue;
                }
                for (Number n : COUNTS) {
                    String shown = messages.format(text, arguments.sampleArray(n), bundle.getValue());
                    for (int simple : arguments.simple()) {
                        assertThat(shown).as("%s: argument %d is shown", where, simple).contains("‹" + simple + "›");
                    }
                    // ICU reads ' as a quote before a brace, # or |; such a text would lose the apostrophe.
                    assertThat(count(shown, '\'')).as("%s: every apostrophe is kept", where).isEqualTo(count(text, '\''));
                }
            }
        }
    }

    @Test
    void every_plural_has_the_forms_its_language_needs_and_no_other() throws IOException {
        int plurals = 0;
        for (Map.Entry<String, Locale> bundle : BUNDLES.entrySet()) {
            Set<String> keywords = PluralRules.forLocale(bundle.getValue()).getKeywords();
            assertThat(keywords).as(bundle.getKey()).containsExactlyInAnyOrderElementsOf(
                    bundle.getValue().equals(Locale.ENGLISH) ? List.of("one", "other") : List.of("one", "few", "many", "other"));
            Properties texts = load(bundle.getKey());
            for (String key : texts.stringPropertyNames()) {
                for (Set<String> forms : pluralForms(new MessagePattern(texts.getProperty(key)))) {
                    plurals++;
                    assertThat(forms).as("%s in %s", key, bundle.getKey()).containsAll(keywords);
                    assertThat(forms).as("%s in %s: only its language's forms and exact numbers", key, bundle.getKey())
                            .allSatisfy(f -> assertThat(keywords.contains(f) || f.startsWith("=")).isTrue());
                }
            }
        }
        assertThat(plurals).as("the bundles do use plurals").isGreaterThan(100);
    }

    @Test
    void ukrainian_and_russian_texts_write_the_apostrophe_as_a_typographic_one() throws IOException {
        for (String name : new String[] {"messages_uk.properties", "messages_ru.properties"}) {
            Properties bundle = load(name);
            assertThat(bundle.stringPropertyNames()).as(name)
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("'"));
        }
    }

    /** The selectors of each plural argument of a pattern: one, few, many, other, =1. */
    private static List<Set<String>> pluralForms(MessagePattern pattern) {
        List<Set<String>> all = new ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START || part.getArgType() != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            Set<String> forms = new TreeSet<>();
            int limit = pattern.getLimitPartIndex(i);
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part p = pattern.getPart(j);
                if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    forms.add(pattern.getSubstring(p));
                    // Skip the form's own message (after the value of an exact =N), whose nested arguments
                    // are counted on their own.
                    int message = pattern.getPart(j + 1).getType() == MessagePattern.Part.Type.MSG_START ? j + 1 : j + 2;
                    j = pattern.getLimitPartIndex(message);
                }
            }
            all.add(forms);
        }
        return all;
    }

    /** The arguments of a pattern: by number or by name, and which of them are shown as they are. */
    private record Arguments(Set<Integer> numbers, Set<Integer> simple, Set<String> names, Set<String> plural) {

        static Arguments of(MessagePattern pattern) {
            Set<Integer> numbers = new TreeSet<>();
            Set<Integer> simple = new TreeSet<>();
            Set<String> names = new TreeSet<>();
            Set<String> plural = new TreeSet<>();
            for (int i = 0; i < pattern.countParts(); i++) {
                MessagePattern.Part part = pattern.getPart(i);
                if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                    continue;
                }
                MessagePattern.Part id = pattern.getPart(i + 1);
                boolean counted = part.getArgType().hasPluralStyle();
                if (id.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                    numbers.add(id.getValue());
                    if (counted) {
                        plural.add(String.valueOf(id.getValue()));
                    } else if (part.getArgType() == MessagePattern.ArgType.NONE) {
                        simple.add(id.getValue());
                    }
                } else {
                    names.add(pattern.getSubstring(id));
                    if (counted) {
                        plural.add(pattern.getSubstring(id));
                    }
                }
            }
            // An argument shown plainly in one place but counted in another is a number, not a sample text.
            simple.removeIf(n -> plural.contains(String.valueOf(n)));
            return new Arguments(numbers, simple, names, plural);
        }

        boolean named() {
            return !names.isEmpty();
        }

        /** Counted arguments get the number, the others a marked text that must show in the result. */
        Object[] sampleArray(Number n) {
            int size = numbers.isEmpty() ? 0 : numbers.stream().mapToInt(Integer::intValue).max().orElseThrow() + 1;
            Object[] values = new Object[size];
            for (int i = 0; i < size; i++) {
                values[i] = plural.contains(String.valueOf(i)) ? n : "‹" + i + "›";
            }
            return values;
        }

        Map<String, Object> sample(Number n) {
            Map<String, Object> values = new HashMap<>();
            names.forEach(name -> values.put(name, plural.contains(name) ? n : "‹" + name + "›"));
            return values;
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
