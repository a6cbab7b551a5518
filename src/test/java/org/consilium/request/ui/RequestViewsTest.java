package org.consilium.request.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consilium.request.RequestReader;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestRequests;
import org.consilium.testing.TestRequests.RequestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The request pages as their users meet them: the curator sends a request from the case page, the
 * school answers it (or declines it, or asks first), and the curator reads the answer and its PDF.
 */
class RequestViewsTest extends KaribuTest {

    @Autowired
    TestRequests testRequests;

    @Autowired
    RequestReader reader;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    RequestCase c;

    @BeforeEach
    void aCaseWithAPupil() {
        c = testRequests.caseWithPupil(true);
    }

    private void as(String user, String location) {
        signIn(user);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(location);
    }

    private long sendFromTheCasePage() {
        as("curator", "case/" + c.caseId());
        CaseRequestsPanel panel = _get(CaseRequestsPanel.class);
        assertThat(panel.list.getElement().getTextRecursively()).contains("No requests sent for this case yet.");
        _click(panel.send);
        NewRequestForm form = _get(NewRequestForm.class);
        // The child and the child's school are proposed; the family consented to schools.
        ComboBox<?> agency = _get(form, ComboBox.class, spec -> spec.withLabel("Agency"));
        assertThat(agency.getValue()).isNotNull();
        assertThat(form.legalBasis.isVisible()).as("the family consented to schools").isFalse();
        _get(form, TextArea.class, spec -> spec.withLabel("Your own questions")).setValue("Як Павло ладнає з однокласниками?");
        _click(_get(form, Button.class, spec -> spec.withText("Send")));
        assertThat(form.isOpened()).isFalse();
        CaseRequestsPanel after = _get(CaseRequestsPanel.class);
        assertThat(after.list.getElement().getTextRecursively()).contains("School characterisation — Юрченко Павло", "sent");
        return jdbc.queryForObject("SELECT MAX(id) FROM information_request WHERE case_id = ?", Long.class, c.caseId());
    }

    private AnswerPart schoolOpens(long requestId) {
        as(c.schoolUser(), "requests");
        assertThat(_get(RequestsToAnswerView.class).open.getElement().getTextRecursively()).contains("Юрченко Павло");
        navigate("request/" + requestId);
        return _get(AnswerPart.class);
    }

    @Test
    void the_curator_sends_the_school_answers_and_the_curator_reads_it_and_its_pdf() throws IOException {
        long id = sendFromTheCasePage();
        AnswerPart part = schoolOpens(id);
        RequestView page = _get(RequestView.class);
        assertThat(page.facts.getElement().getTextRecursively()).contains("Юрченко Павло", "class 6-А")
                .doesNotContain("Юрченко Ганна");
        // Too many days missed: refused at the field, nothing lost.
        TextField excused = _get(part.form, TextField.class, spec -> spec.withLabel("Days missed with a valid reason"));
        TextField unexcused = _get(part.form, TextField.class, spec -> spec.withLabel("Days missed without a valid reason"));
        excused.setValue("80");
        unexcused.setValue("80");
        _get(part.form, TextArea.class, spec -> spec.withLabel("Behaviour")).setValue("Уважний, охоче відповідає");
        @SuppressWarnings("unchecked")
        Select<String> role = _get(part.form, Select.class, spec -> spec.withLabel("Prepared by (position)"));
        role.setValue("CLASS_TEACHER");
        _get(part.form, TextField.class, spec -> spec.withLabel("Prepared by (name)")).setValue("Іваненко Оксана");
        _get(part.form, TextField.class, spec -> spec.withLabel("Signed by (head of school)")).setValue("Директор Петренко");
        _click(part.submit);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Submit the answer")));
        assertThat(unexcused.isInvalid()).isTrue();
        assertThat(unexcused.getErrorMessage()).contains("school days");
        assertThat(excused.getValue()).isEqualTo("80");

        excused.setValue("2");
        unexcused.setValue("1");
        _click(part.submit);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Submit the answer")));
        assertThat(_get(AnswerPart.class).getElement().getTextRecursively()).contains("Submitted by", "Уважний, охоче відповідає");
        assertThat(_get(AnswerPart.class).form).as("submitted is read-only").isNull();

        as("curator", "request/" + id);
        AnswerPart read = _get(AnswerPart.class);
        assertThat(read.getElement().getTextRecursively()).contains("Days missed without a valid reason", "Іваненко Оксана",
                "class teacher", "Директор Петренко");
        assertThat(_get(read, Anchor.class, spec -> spec.withText("Print (PDF)"))).isNotNull();
        byte[] pdf = signedIn.as("curator", () -> reader.pdf(id, Locale.ENGLISH));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Characterisation of a pupil", "Юрченко Павло",
                    "Уважний, охоче відповідає", "Директор Петренко");
        }
    }

    @Test
    void the_partners_list_puts_overdue_requests_first_and_marked() {
        long id = sendFromTheCasePage();
        jdbc.update("UPDATE information_request SET due_on = ? WHERE id = ?", Date.valueOf(LocalDate.now().minusDays(2)), id);
        as(c.schoolUser(), "requests");
        RequestsToAnswerView list = _get(RequestsToAnswerView.class);
        assertThat(list.open.getChildren().findFirst().orElseThrow().getElement().getClassList()).contains("request-overdue");
        assertThat(list.open.getElement().getTextRecursively()).contains("overdue");
    }

    @Test
    void the_school_declines_with_a_reason_and_the_curator_sees_it() {
        long id = sendFromTheCasePage();
        AnswerPart part = schoolOpens(id);
        _click(part.decline);
        Dialog dialog = _get(Dialog.class);
        _get(dialog, TextArea.class, spec -> spec.withLabel("Reason")).setValue("Павло вибув до іншої школи у вересні");
        _click(_get(dialog, Button.class, spec -> spec.withText("Decline the request")));
        assertThat(dialog.isOpened()).isFalse();
        as("curator", "request/" + id);
        assertThat(_get(RequestView.class).facts.getElement().getTextRecursively())
                .contains("declined", "Павло вибув до іншої школи у вересні");
    }

    @Test
    void the_school_asks_the_curator_replies_and_both_see_the_thread() {
        long id = sendFromTheCasePage();
        schoolOpens(id);
        ThreadPart thread = _get(ThreadPart.class);
        thread.text.setValue("Потрібні оцінки за весь рік чи за семестр?");
        _click(thread.write);
        as("curator", "request/" + id);
        ThreadPart curatorThread = _get(ThreadPart.class);
        assertThat(curatorThread.getElement().getTextRecursively()).contains("Question from the agency",
                "Потрібні оцінки за весь рік чи за семестр?");
        curatorThread.text.setValue("За семестр.");
        _click(curatorThread.write);
        as(c.schoolUser(), "request/" + id);
        assertThat(_get(ThreadPart.class).getElement().getTextRecursively())
                .contains("Потрібні оцінки за весь рік чи за семестр?", "Reply of the curator", "За семестр.");
        assertThat(_get(RequestView.class).facts.getElement().getTextRecursively()).contains("in progress");
    }
}
