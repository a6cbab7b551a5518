package org.consilium.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consilium.agency.AgencyType;
import org.consilium.attachment.Attachment;
import org.consilium.attachment.Attachments;
import org.consilium.attachment.StoredFile;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseParticipant;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseSharing;
import org.consilium.casefile.SharingService;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TaggedPdf;
import org.consilium.testing.TestRequests;
import org.consilium.testing.TestRequests.RequestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Information requests on MariaDB: where a request goes, what it needs to go out, what the addressee
 * sees and may do, answering, declining, the thread, and the refusals of everyone else.
 */
@MariaDbTest
class RequestServiceTest {

    @Autowired
    RequestService requests;

    @Autowired
    AnswerService answers;

    @Autowired
    RequestReader reader;

    @Autowired
    RequestRules rules;

    @Autowired
    TestRequests testRequests;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    CaseService cases;

    @Autowired
    SharingService sharing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    RequestCase c;

    @BeforeEach
    void aCaseWithAPupil() {
        c = testRequests.caseWithPupil(true);
    }

    private InformationRequest send(RequestDetails d) {
        return signedIn.as("curator", () -> requests.send(c.caseId(), d));
    }

    private long version(long requestId) {
        return jdbc.queryForObject("SELECT version FROM information_request WHERE id = ?", Long.class, requestId);
    }

    private static Map<AnswerField, String> answer(String excused, String unexcused) {
        Map<AnswerField, String> a = new EnumMap<>(AnswerField.class);
        a.put(AnswerField.DAYS_MISSED_EXCUSED, excused);
        a.put(AnswerField.DAYS_MISSED_UNEXCUSED, unexcused);
        a.put(AnswerField.BEHAVIOUR, "Спокійний, уважний на уроках");
        a.put(AnswerField.PREPARED_BY_ROLE, "CLASS_TEACHER");
        a.put(AnswerField.PREPARED_BY_NAME, "Іваненко Оксана");
        a.put(AnswerField.SIGNED_BY, "Директор Петренко");
        return a;
    }

    @Test
    void the_childs_school_is_proposed_and_the_police_of_the_familys_district() {
        SendOptions options = signedIn.as("curator", () -> requests.sendOptions(c.caseId()));
        assertThat(options.propose(RequestKind.SCHOOL_CHARACTERISATION, c.childId())).get()
                .extracting(SendOptions.AgencyOption::id).isEqualTo(c.schoolId());
        assertThat(options.propose(RequestKind.POLICE_INFORMATION, null)).get()
                .extracting(SendOptions.AgencyOption::id).isEqualTo(staff.agencyOf(AgencyType.POLICE).getId());
        assertThat(options.consentedTypes()).containsExactly(AgencyType.SCHOOL);
        assertThat(options.defaultDueOn().get(RequestKind.SCHOOL_CHARACTERISATION)).isEqualTo(signedIn.as("curator",
                () -> rules.dueDate(RequestKind.SCHOOL_CHARACTERISATION, LocalDate.now(clock))));
    }

    @Test
    void a_request_goes_out_on_consent_and_is_due_in_the_rules_working_days() {
        InformationRequest r = send(TestRequests.characterisation(c));
        assertThat(r.getBasis()).isEqualTo(RequestBasis.CONSENT);
        assertThat(r.getDueOn()).isEqualTo(signedIn.as("curator",
                () -> rules.dueDate(RequestKind.SCHOOL_CHARACTERISATION, LocalDate.now(clock))));
        assertThat(r.getSubject().getSchoolClass()).isEqualTo("6-А");
        assertThat(r.getStatus()).isEqualTo(RequestStatus.SENT);
        assertThat(jdbc.queryForObject("SELECT reason FROM case_participant WHERE case_id = ? AND agency_id = ?",
                String.class, c.caseId(), c.schoolId())).isEqualTo("INFORMATION_REQUEST");
    }

    @Test
    void without_consent_a_request_needs_a_written_legal_basis_which_a_supervisor_reviews() {
        RequestDetails d = TestRequests.characterisation(c);
        d.setKind(RequestKind.POLICE_INFORMATION);
        d.setQuestions(EnumSet.copyOf(RequestQuestion.of(RequestKind.POLICE_INFORMATION)));
        d.setMemberId(null);
        d.setAgencyId(staff.agencyOf(AgencyType.POLICE).getId());
        assertThatThrownBy(() -> send(d)).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).getField()).contains(RequestDetails.LEGAL_BASIS));
        assertThat(signedIn.as("curator", () -> requests.ofCase(c.caseId()))).isEmpty();

        d.setLegalBasis("Стаття 13 Закону про охорону дитинства: дитина може бути в небезпеці");
        InformationRequest r = send(d);
        assertThat(r.getBasis()).isEqualTo(RequestBasis.LEGAL_BASIS);
        assertThat(signedIn.as("supervisor", () -> requests.basesToReview()))
                .anyMatch(due -> due.caseId() == c.caseId());
        assertThatThrownBy(() -> signedIn.as("curator", () -> requests.reviewBasis(r.getId())))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("supervisor", () -> requests.reviewBasis(r.getId()));
        assertThat(signedIn.as("supervisor", () -> requests.basesToReview()))
                .noneMatch(due -> due.caseId() == c.caseId());
    }

    @Test
    void bad_input_is_refused_at_its_field_and_nothing_is_sent() {
        RequestDetails past = TestRequests.characterisation(c);
        past.setDueOn(LocalDate.now(clock).minusDays(1));
        assertField(() -> send(past), RequestDetails.DUE_ON, "request.dueOn.past");
        RequestDetails wrongAgency = TestRequests.characterisation(c);
        wrongAgency.setAgencyId(staff.agencyOf(AgencyType.POLICE).getId());
        assertField(() -> send(wrongAgency), RequestDetails.AGENCY, "request.agency.wrongType");
        RequestDetails noQuestions = TestRequests.characterisation(c);
        noQuestions.setQuestions(Set.of());
        assertField(() -> send(noQuestions), RequestDetails.QUESTIONS_TEXT, "request.questions.none");
        RequestDetails wholeFamily = TestRequests.characterisation(c);
        wholeFamily.setMemberId(null);
        assertField(() -> send(wholeFamily), RequestDetails.MEMBER, "request.member.childRequired");
        assertThat(signedIn.as("curator", () -> requests.ofCase(c.caseId()))).isEmpty();
    }

    @Test
    void the_addressee_sees_the_requests_own_fields_and_never_the_case() {
        InformationRequest r = send(TestRequests.characterisation(c));
        RequestSheet seen = signedIn.as(c.schoolUser(), () -> reader.sheet(r.getId()));
        assertThat(seen.subject().name()).isEqualTo("Юрченко Павло");
        assertThat(seen.subject().schoolClass()).isEqualTo("6-А");
        assertThat(seen.caseId()).isNull();
        assertThat(seen.familyName()).isNull();
        assertThat(seen.legalBasis()).isNull();
        assertThat(seen.allowed().answer()).isTrue();
        assertThat(seen.allowed().socialServices()).isFalse();
        assertThat(signedIn.as(c.schoolUser(), () -> answers.toAnswer())).extracting(RequestRow::id).containsExactly(r.getId());
        // Taking part for a request does not open the case, though the family consented to schools.
        assertThatThrownBy(() -> signedIn.as(c.schoolUser(), () -> cases.context(c.caseId(), CaseOperation.READ_SHARED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(c.schoolUser(), () -> sharing.sharedWithMyAgency())).noneMatch(s -> s.caseId() == c.caseId());
    }

    @Test
    void another_school_and_another_team_are_refused_every_request_method() {
        InformationRequest r = send(TestRequests.characterisation(c));
        long id = r.getId();
        String otherSchool = testRequests.userOf(testRequests.newSchool(), AppRoles.SCHOOL);
        String police = testRequests.userOf(staff.agencyOf(AgencyType.POLICE), AppRoles.POLICE);
        for (String stranger : List.of(otherSchool, police)) {
            List<Runnable> calls = List.of(
                    () -> reader.sheet(id),
                    () -> reader.pdf(id, Locale.ENGLISH),
                    () -> answers.saveDraft(id, r.getVersion(), answer("1", "1")),
                    () -> answers.submit(id, r.getVersion(), answer("1", "1")),
                    () -> answers.decline(id, r.getVersion(), "Не наш учень, не можемо відповісти"),
                    () -> answers.ask(id, "Питання"),
                    () -> answers.addendum(id, "Доповнення"),
                    () -> answers.colleagues(id),
                    () -> answers.handTo(id, r.getVersion(), staff.idOf(c.schoolUser())),
                    () -> answers.attach(id, "довідка.pdf", new ByteArrayInputStream(pdfBytes())),
                    () -> reader.download(id, 1L));
            for (Runnable call : calls) {
                assertThatThrownBy(() -> signedIn.as(stranger, call)).isInstanceOf(AccessDeniedException.class);
            }
            assertThat(signedIn.as(stranger, () -> answers.toAnswer())).noneMatch(row -> row.id() == id);
        }
        String otherTeam = staff.createInAnotherTeam("cur.", "Інша Кураторка", AppRoles.CURATOR, "other-team-1");
        List<Runnable> curatorCalls = List.of(
                () -> reader.sheet(id),
                () -> requests.ofCase(c.caseId()),
                () -> requests.sendOptions(c.caseId()),
                () -> requests.send(c.caseId(), TestRequests.characterisation(c)),
                () -> requests.reply(id, "Відповідь"),
                () -> requests.share(id, c.schoolId()),
                () -> requests.shareTargets(id));
        for (Runnable call : curatorCalls) {
            assertThatThrownBy(() -> signedIn.as(otherTeam, call)).isInstanceOf(AccessDeniedException.class);
        }
        String otherSupervisor = staff.createInAnotherTeam("sup.", "Інший Керівник", AppRoles.SUPERVISOR, "other-team-1");
        assertThatThrownBy(() -> signedIn.as(otherSupervisor, () -> requests.reviewBasis(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(otherSupervisor, () -> requests.basesToReview())).noneMatch(due -> due.caseId() == c.caseId());
        assertThatThrownBy(() -> signedIn.as(c.schoolUser(), () -> requests.ofCase(c.caseId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'information-request'"
                + " AND entity_id = ? AND action = 'DENIED'", Long.class, id)).isPositive();
    }

    @Test
    void the_school_answers_and_the_curator_reads_the_answer_and_its_pdf() throws IOException {
        InformationRequest r = send(TestRequests.characterisation(c));
        signedIn.as(c.schoolUser(), () -> answers.saveDraft(r.getId(), version(r.getId()), answer("2", "3")));
        RequestSheet draftSeenByCurator = signedIn.as("curator", () -> reader.sheet(r.getId()));
        assertThat(draftSeenByCurator.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(draftSeenByCurator.answer()).as("a draft is the agency's own").isEmpty();

        signedIn.as(c.schoolUser(), () -> answers.submit(r.getId(), version(r.getId()), answer("2", "3")));
        RequestSheet read = signedIn.as("curator", () -> reader.sheet(r.getId()));
        assertThat(read.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(read.answer()).containsEntry(AnswerField.DAYS_MISSED_UNEXCUSED, "3")
                .containsEntry(AnswerField.SIGNED_BY, "Директор Петренко");
        assertThat(read.allowed().share()).isTrue();
        byte[] pdf = signedIn.as("curator", () -> reader.pdf(r.getId(), Locale.forLanguageTag("uk")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Характеристика учня", "Юрченко Павло", "6-А", "Спокійний, уважний на уроках",
                    "Іваненко Оксана", "Директор Петренко");
        }
        TaggedPdf tagged = TaggedPdf.read(pdf).assertTagged("uk", "Характеристика учня — Юрченко Павло", "Характеристика учня");
        assertThat(tagged.reading()).containsSubsequence("H1: Характеристика учня", "H2: Відвідування", "H2: Дитина в школі");
        assertThat(tagged.texts("P")).anySatisfy(p -> assertThat(p).startsWith("Юрченко Павло"))
                .anySatisfy(p -> assertThat(p).contains("Спокійний, уважний на уроках"));
        // Submitted is read-only; corrections are addenda.
        assertThatThrownBy(() -> signedIn.as(c.schoolUser(),
                () -> answers.saveDraft(r.getId(), version(r.getId()), answer("0", "0"))))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).getMessageKey()).isEqualTo("request.notOpen"));
        signedIn.as(c.schoolUser(), () -> answers.addendum(r.getId(), "Уточнення: один пропуск мав довідку."));
        assertThat(signedIn.as("curator", () -> reader.sheet(r.getId())).notes())
                .extracting(RequestSheet.Note::kind).containsExactly(RequestNote.Kind.ADDENDUM);
    }

    @Test
    void an_empty_answer_and_days_missed_over_the_school_days_are_refused_and_nothing_is_kept() {
        InformationRequest r = send(TestRequests.characterisation(c));
        Map<AnswerField, String> empty = new EnumMap<>(AnswerField.class);
        empty.put(AnswerField.BEHAVIOUR, "   ");
        assertField(() -> signedIn.as(c.schoolUser(), () -> answers.submit(r.getId(), version(r.getId()), empty)),
                AnswerField.FREE_TEXT.fieldName(), "request.answer.empty");
        assertField(() -> signedIn.as(c.schoolUser(), () -> answers.submit(r.getId(), version(r.getId()), answer("60", "60"))),
                AnswerField.DAYS_MISSED_UNEXCUSED.fieldName(), "request.answer.daysMissed.tooMany");
        Map<AnswerField, String> unsigned = answer("1", "1");
        unsigned.remove(AnswerField.SIGNED_BY);
        assertField(() -> signedIn.as(c.schoolUser(), () -> answers.submit(r.getId(), version(r.getId()), unsigned)),
                AnswerField.SIGNED_BY.fieldName(), "validation.required");
        assertField(() -> signedIn.as(c.schoolUser(), () -> answers.saveDraft(r.getId(), version(r.getId()), answer("x", "1"))),
                AnswerField.DAYS_MISSED_EXCUSED.fieldName(), "request.answer.wholeNumber");
        assertThat(jdbc.queryForObject("SELECT status FROM information_request WHERE id = ?", String.class, r.getId()))
                .isEqualTo("SENT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_answer_value WHERE request_id = ?", Long.class, r.getId()))
                .isZero();
    }

    @Test
    void a_stale_answer_is_refused_naming_who_saved_first() {
        InformationRequest r = send(TestRequests.characterisation(c));
        long seen = version(r.getId());
        String colleague = testRequests.userOf(r.getAgency(), AppRoles.SCHOOL);
        signedIn.as(colleague, () -> answers.saveDraft(r.getId(), seen, answer("1", "0")));
        assertThatThrownBy(() -> signedIn.as(c.schoolUser(), () -> answers.saveDraft(r.getId(), seen, answer("2", "0"))))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void the_agency_declines_with_a_reason() {
        InformationRequest r = send(TestRequests.characterisation(c));
        assertField(() -> signedIn.as(c.schoolUser(), () -> answers.decline(r.getId(), version(r.getId()), "Ні")),
                InformationRequest.DECLINE_REASON, "request.decline.reasonTooShort");
        signedIn.as(c.schoolUser(), () -> answers.decline(r.getId(), version(r.getId()), "Дитина вибула зі школи у вересні"));
        RequestSheet read = signedIn.as("curator", () -> reader.sheet(r.getId()));
        assertThat(read.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(read.declineReason()).isEqualTo("Дитина вибула зі школи у вересні");
        assertThat(signedIn.as(c.schoolUser(), () -> answers.toAnswer())).noneMatch(row -> row.id() == r.getId());
    }

    @Test
    void a_clarifying_question_and_its_reply_stay_on_the_request() {
        InformationRequest r = send(TestRequests.characterisation(c));
        signedIn.as(c.schoolUser(), () -> answers.ask(r.getId(), "За який період потрібні оцінки?"));
        signedIn.as("curator", () -> requests.reply(r.getId(), "За останній семестр."));
        RequestSheet seen = signedIn.as(c.schoolUser(), () -> reader.sheet(r.getId()));
        assertThat(seen.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(seen.notes()).extracting(RequestSheet.Note::kind, RequestSheet.Note::text).containsExactly(
                tuple(RequestNote.Kind.QUESTION, "За який період потрібні оцінки?"),
                tuple(RequestNote.Kind.REPLY, "За останній семестр."));
    }

    @Test
    void the_request_is_handed_to_a_colleague_of_the_same_agency_only() {
        InformationRequest r = send(TestRequests.characterisation(c));
        String colleague = testRequests.userOf(r.getAgency(), AppRoles.SCHOOL);
        assertThat(signedIn.as(c.schoolUser(), () -> answers.colleagues(r.getId())))
                .anyMatch(s -> s.id() == staff.idOf(colleague));
        String police = testRequests.userOf(staff.agencyOf(AgencyType.POLICE), AppRoles.POLICE);
        assertField(() -> signedIn.as(c.schoolUser(), () -> answers.handTo(r.getId(), version(r.getId()), staff.idOf(police))),
                HandOverDetails.COLLEAGUE, "request.handOver.notColleague");
        signedIn.as(c.schoolUser(), () -> answers.handTo(r.getId(), version(r.getId()), staff.idOf(colleague)));
        assertThat(signedIn.as(colleague, () -> reader.sheet(r.getId())).assigneeName()).startsWith("Тестова Особа");
    }

    @Test
    void an_answer_is_shared_only_with_an_agency_taking_part_that_the_consent_covers() {
        InformationRequest r = send(TestRequests.characterisation(c));
        signedIn.as(c.schoolUser(), () -> answers.ask(r.getId(), "Уточнення?"));
        signedIn.as(c.schoolUser(), () -> answers.submit(r.getId(), version(r.getId()), answer("1", "2")));
        long police = staff.agencyOf(AgencyType.POLICE).getId();
        String officer = testRequests.userOf(staff.agencyOf(AgencyType.POLICE), AppRoles.POLICE);
        assertField(() -> signedIn.as("curator", () -> requests.share(r.getId(), police)), RequestDetails.AGENCY,
                "request.share.notTakingPart");
        signedIn.as("curator", () -> sharing.addParticipant(c.caseId(), police));
        assertField(() -> signedIn.as("curator", () -> requests.share(r.getId(), police)), RequestDetails.AGENCY,
                "request.share.noConsent");
        assertThatThrownBy(() -> signedIn.as(officer, () -> reader.sheet(r.getId()))).isInstanceOf(AccessDeniedException.class);

        signedIn.as("curator", () -> sharing.recordConsent(c.caseId(), "Юрченко Ганна", Set.of(AgencyType.POLICE),
                LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusMonths(6)));
        signedIn.as("curator", () -> requests.share(r.getId(), police));
        RequestSheet seen = signedIn.as(officer, () -> reader.sheet(r.getId()));
        assertThat(seen.answer()).containsEntry(AnswerField.DAYS_MISSED_UNEXCUSED, "2");
        assertThat(seen.notes()).as("the thread stays between the school and the curator").isEmpty();
        assertThat(seen.caseId()).isNull();
        assertThat(seen.allowed().answer()).isFalse();
        assertThat(signedIn.as("curator", () -> reader.sheet(r.getId())).sharedWith()).hasSize(1);
    }

    @Test
    void an_agency_asked_for_information_and_then_invited_sees_the_case_with_consent() {
        send(TestRequests.characterisation(c));
        assertThat(signedIn.as("curator", () -> sharing.caseSharing(c.caseId())).participants())
                .singleElement().satisfies(p -> {
                    assertThat(p.reason()).isEqualTo(CaseParticipant.Reason.INFORMATION_REQUEST);
                    assertThat(p.sharing()).isEqualTo(CaseSharing.Sharing.NOT_SHARED);
                });
        signedIn.as("curator", () -> sharing.addParticipant(c.caseId(), c.schoolId()));
        assertThat(signedIn.as(c.schoolUser(), () -> cases.context(c.caseId(), CaseOperation.READ_SHARED)).caseId())
                .isEqualTo(c.caseId());
    }

    @Test
    void files_are_checked_by_content_and_name_and_read_through_the_requests_own_checks() {
        InformationRequest r = send(TestRequests.characterisation(c));
        long id = r.getId();
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertField(() -> signedIn.as(c.schoolUser(), () -> answers.attach(id, "report.pdf", new ByteArrayInputStream(exe))),
                Attachments.FILE, "attachment.typeNotAllowed");
        assertField(() -> signedIn.as(c.schoolUser(), () -> answers.attach(id, "../../etc/passwd.pdf",
                new ByteArrayInputStream(pdfBytes()))), Attachments.FILE, "attachment.name.invalid");
        Attachment stored = signedIn.as(c.schoolUser(), () -> answers.attach(id, "табель.pdf", new ByteArrayInputStream(pdfBytes())));
        assertThat(signedIn.as(c.schoolUser(), () -> reader.sheet(id)).attachments()).extracting(Attachment::getOriginalName)
                .containsExactly("табель.pdf");
        // A draft's files are the agency's own until it submits.
        assertThat(signedIn.as("curator", () -> reader.sheet(id)).attachments()).isEmpty();
        assertThatThrownBy(() -> signedIn.as("curator", () -> reader.download(id, stored.getId())))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as(c.schoolUser(), () -> answers.submit(id, version(id), answer("1", "1")));
        StoredFile file = signedIn.as("curator", () -> reader.download(id, stored.getId()));
        assertThat(file.originalName()).isEqualTo("табель.pdf");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'information-request-attachment'"
                + " AND entity_id = ?", Long.class, id)).isEqualTo(1L);
        // Another request's file is not reached through this one.
        InformationRequest other = send(TestRequests.characterisation(c));
        assertThatThrownBy(() -> signedIn.as(c.schoolUser(), () -> reader.download(other.getId(), stored.getId())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    private static byte[] pdfBytes() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertField(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOf(BusinessException.class).satisfies(e -> {
            BusinessException b = (BusinessException) e;
            assertThat(b.getField()).contains(field);
            assertThat(b.getMessageKey()).isEqualTo(key);
        });
    }
}
