package org.consilium.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every choice of the act has a label in each language, since their keys are made at run time. */
class HousingActChoicesTest {

    @Test
    void every_choice_has_its_label_in_english_ukrainian_and_russian() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_uk.properties", "messages_ru.properties"}) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/" + bundle)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Class<?> group : HousingActChoices.class.getDeclaredClasses()) {
                if (!group.isEnum()) {
                    continue;
                }
                for (Object choice : group.getEnumConstants()) {
                    String key = ((HousingActChoices.Choice) choice).messageKey();
                    assertThat(p.getProperty(key)).as("%s in %s", key, bundle).isNotBlank();
                }
            }
        }
    }
}
