package org.consilium.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

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
    void every_role_agency_type_and_home_text_is_translated() throws IOException {
        Properties uk = load("messages_uk.properties");
        for (String role : org.consilium.security.AppRoles.ALL) {
            assertThat(uk).containsKeys("role." + role, "mywork.about." + role, "mywork.next." + role);
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
