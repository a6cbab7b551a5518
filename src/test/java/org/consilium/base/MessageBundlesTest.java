package org.consilium.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.consilium.agency.AgencyType;
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
    void every_message_with_arguments_is_a_valid_message_format() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_uk.properties", "messages_ru.properties"}) {
            Properties bundle = load(name);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text.contains("{0}") || text.contains("{1}")) {
                    assertThatCode(() -> new MessageFormat(text, Locale.ROOT).format(new Object[] {"A", "B"}))
                            .as("%s in %s", key, name).doesNotThrowAnyException();
                    assertThat(text).as("%s in %s: a ' would swallow the argument", key, name).doesNotContain("'");
                }
            }
        }
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
