package org.consilium.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.consilium.base.CsvWriter;
import org.consilium.base.ExportFormat;
import org.consilium.base.Languages;
import org.consilium.base.ui.AccessDeniedView;
import org.consilium.plan.MyTask;
import org.consilium.testing.ExportFiles;
import org.consilium.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyTasksViewTest extends KaribuTest {

    @Autowired
    Clock clock;

    @Test
    void a_partner_agency_exports_the_tasks_its_page_lists_in_its_language() {
        for (String user : new String[] {"school", "police", "health"}) {
            signIn(user);
            UI.getCurrent().setLocale(Languages.RUSSIAN);
            UI.getCurrent().navigate("my-tasks");
            MyTasksView view = _get(MyTasksView.class);
            assertThat(view.export.excel.getText()).isEqualTo("Экспорт в Excel");
            assertThat(view.export.csv.getText()).isEqualTo("Экспорт CSV");
            assertThat(view.export.fileName(ExportFormat.CSV)).isEqualTo("tasks-" + LocalDate.now(clock) + ".csv");

            List<MyTask> shown = GridKt._findAll(view.grid);
            List<List<String>> csv = ExportFiles.csv(ExportFiles.bytes(out -> view.export.write(ExportFormat.CSV, out)));
            assertThat(csv.getFirst()).startsWith("Семья", "Задача", "Цель");
            assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(1)).as(user)
                    .containsExactlyElementsOf(shown.stream().map(t -> CsvWriter.neutralised(t.description())).toList());
        }
    }

    @Test
    void social_services_staff_have_no_my_tasks_page_to_export() {
        for (String user : new String[] {"curator", "supervisor"}) {
            signIn(user);
            UI.getCurrent().navigate("my-tasks");
            _get(AccessDeniedView.class);
        }
    }
}
