package org.consilium.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No word in the UI code outside the message bundles: {@link LiteralTexts} over the views, and proof that it looks. */
class LiteralTextTest {

    private static final String SAMPLE = """
            package org.consilium.sample.ui;

            import com.vaadin.flow.component.button.Button;
            import com.vaadin.flow.component.button.ButtonVariant;
            import com.vaadin.flow.component.datepicker.DatePicker;
            import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
            import com.vaadin.flow.component.grid.Grid;
            import com.vaadin.flow.component.html.Anchor;
            import com.vaadin.flow.component.html.Div;
            import com.vaadin.flow.component.html.Span;
            import com.vaadin.flow.component.icon.Icon;
            import com.vaadin.flow.component.notification.Notification;
            import com.vaadin.flow.component.textfield.TextField;
            import com.vaadin.flow.router.Route;
            import jakarta.validation.constraints.NotBlank;

            // A comment may say "Зберегти" and "Save changes".
            @Route("sample/:id")
            class SampleView extends Div {
                private static final String HINT = "Type a name";

                @NotBlank(message = "must not be blank") String name;
                @NotBlank(message = "{validation.required}") String code;

                SampleView(Grid<String> grid, Button button, TextField name, DatePicker.DatePickerI18n dates, int n) {
                    add(new Span("Save changes"));
                    button.setText("Зберегти");
                    grid.addColumn(x -> x).setHeader("Name");
                    button.setAriaLabel("Close");
                    name.setPlaceholder(HINT);
                    getElement().setAttribute("title", "Opens the case of " + name.getValue());
                    Notification.show(name.isEmpty() ? "Nothing found" : "—");
                    grid.addColumn(x -> x.isEmpty() ? "empty" : x);
                    String key = "stage.unknown.зп";
                    add(new Anchor("cases/1", "Back to the list"));
                    dates.setToday("Today");
                    add(new Span(switch (n) { case 0 -> "none"; default -> String.format("%d more", n); }));

                    addClassName("sample-view");
                    setId("sample");
                    getElement().getThemeList().add("badge");
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    add(new Span(getTranslation("case.family")), new Span(" · "), new Span("12"));
                    name.setLabel("case.family");
                    getElement().setAttribute("role", "alert");
                    getElement().setAttribute("aria-live", "polite");
                    add(new Icon("vaadin", "close"), new Anchor("plan/" + 1, getTranslation("plan.title")));
                    getUI().ifPresent(ui -> ui.navigate("cases"));
                    name.setPlaceholder("https://");
                    add(new ConfirmDialog("assessment.start." + n, getTranslation("case.family"), "assessment.start.go"));
                    dates.setDateFormat("dd.MM.yyyy");
                    new ResponsiveStep("30em", 2);
                }
            }
            """;

    private static final String FILE = "src/main/java/org/consilium/sample/ui/SampleView.java";

    @Test
    void a_view_with_words_outside_the_bundles_is_reported_at_each_of_them_with_its_file_and_line() throws IOException {
        List<LiteralTexts.Finding> found = new LiteralTexts(keys()).scan(Map.of(FILE, SAMPLE));

        assertThat(found).extracting(f -> f.file() + ":" + f.line() + " " + f.text()).containsExactlyInAnyOrder(
                FILE + ":20 Type a name",
                FILE + ":22 must not be blank",
                FILE + ":26 Save changes",
                FILE + ":27 Зберегти",
                FILE + ":28 Name",
                FILE + ":29 Close",
                FILE + ":31 Opens the case of ",
                FILE + ":32 Nothing found",
                FILE + ":33 empty",
                FILE + ":34 stage.unknown.зп",
                FILE + ":35 Back to the list",
                FILE + ":36 Today",
                FILE + ":37 none",
                FILE + ":37 %d more");
    }

    @Test
    void class_names_ids_themes_roles_icons_routes_keys_and_symbols_are_not_reported() throws IOException {
        List<LiteralTexts.Finding> found = new LiteralTexts(keys()).scan(Map.of(FILE, SAMPLE));

        assertThat(found).extracting(LiteralTexts.Finding::line).allSatisfy(line -> assertThat(line).isBetween(20L, 37L));
        assertThat(found).extracting(LiteralTexts.Finding::text).doesNotContain("sample-view", "sample", "badge",
                "case.family", " · ", "12", "—", "role", "alert", "polite", "vaadin", "close", "cases/1", "plan/",
                "cases", "sample/:id", "{validation.required}", "https://", "assessment.start.", "assessment.start.go",
                "dd.MM.yyyy", "30em");
    }

    @Test
    void no_view_shows_a_word_that_is_not_in_the_bundles() throws IOException {
        LiteralTexts scanner = new LiteralTexts(keys());
        Map<String, String> views = LiteralTexts.uiSources(Path.of("src/main/java"));

        List<LiteralTexts.Finding> found = scanner.scan(views);

        assertThat(views).as("the UI sources were found").hasSizeGreaterThan(150);
        assertThat(scanner.textArguments()).as("shown arguments looked at").isGreaterThan(2000);
        assertThat(found).as("words to move into messages*.properties").isEmpty();
    }

    private static Set<String> keys() throws IOException {
        Properties p = new Properties();
        try (InputStream in = LiteralTextTest.class.getClassLoader().getResourceAsStream("messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
