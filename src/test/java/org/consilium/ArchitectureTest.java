package org.consilium;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.consilium.security.SignInMethod;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The rules of the code's shape that {@link ModularityTests} does not see (decision 0016): layers
 * inside a module, and the size of a class.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.consilium");

    /** Above this a class does several jobs and is split by job (decision 0016). */
    private static final int MOST_LINES = 400;

    @Test
    void no_class_outside_a_ui_package_depends_on_ui_code() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                // A sign-in method tells Spring Security which page is the login page.
                .and().doNotImplement(SignInMethod.class)
                .should().dependOnClassesThat().resideInAPackage("org.consilium..ui..")
                .because("domain code and services must work without a screen (decision 0016)")
                .check(MAIN);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("org.consilium..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("the service is the security boundary; a view goes through it")
                .check(MAIN);
    }

    @Test
    void no_class_in_the_application_is_longer_than_four_hundred_lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > MOST_LINES)
                    .map(f -> f + " (" + lines(f) + " lines)")
                    .toList();
        }
        assertThat(tooLong).as("classes to split by job").isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
