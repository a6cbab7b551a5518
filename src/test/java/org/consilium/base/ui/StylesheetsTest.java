package org.consilium.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stylesheets the portal serves close every block they open: a missing brace makes the browser
 * drop every rule after it, which no other test would notice.
 */
class StylesheetsTest {

    @Test
    void every_block_of_every_stylesheet_is_closed() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of("frontend", "styles"))) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).isNotEmpty();
        for (Path sheet : sheets) {
            String css = Files.readString(sheet).replaceAll("(?s)/\\*.*?\\*/", "");
            int depth = 0;
            int line = 1;
            for (char ch : css.toCharArray()) {
                if (ch == '\n') {
                    line++;
                } else if (ch == '{') {
                    depth++;
                    assertThat(depth).as("%s: a block opened inside a rule, line %d", sheet, line).isLessThanOrEqualTo(2);
                } else if (ch == '}') {
                    depth--;
                    assertThat(depth).as("%s: a brace closed that was not opened, line %d", sheet, line).isNotNegative();
                }
            }
            assertThat(depth).as("%s: blocks left open", sheet).isZero();
        }
    }
}
