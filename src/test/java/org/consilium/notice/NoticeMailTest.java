package org.consilium.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.consilium.plan.PlanService;
import org.consilium.testing.Eventually;
import org.consilium.testing.MailParts;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notification centre's mail, as the mail server receives it (GreenMail on a free port): a family
 * member is mailed in plain words with nothing of the case, a user who chose the digest gets one
 * message a day instead, and a user who chose none gets nothing.
 */
@MariaDbTest
class NoticeMailTest {

    static final int PORT = MailParts.freePort();

    @RegisterExtension
    static final GreenMailExtension mailServer = MailParts.server(PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MailParts.useServer(registry, PORT);
    }

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    PlanService plans;

    @Autowired
    Notices notices;

    @Autowired
    NoticeHousekeeping housekeeping;

    @Autowired
    JdbcTemplate jdbc;


    @Test
    void the_family_is_mailed_in_plain_words_in_its_language_with_nothing_of_the_case() throws Exception {
        PlanningCase c = testPlans.caseInPlanning();
        String address = SignedIn.unique("mama").toLowerCase() + "@example.org";
        jdbc.update("UPDATE user_account SET email = ?, locale = 'uk' WHERE username = ?", address, c.familyUser());
        long planId = testPlans.draftWithTasks(c);
        signedIn.as("curator", () -> plans.offer(planId, testPlans.planVersion(planId)));

        MimeMessage offered = received(address, 1).getFirst();
        assertThat(offered.getSubject()).isEqualTo("Consilium: Ваш сімейний план готовий: прочитайте його і скажіть, чи погоджуєтеся");
        String text = MailParts.text(offered);
        assertThat(text).contains("Олена Савченко", "/my-plan");
        // Addressed to the person by name, and nothing more of the case: no plan, no task, no worker.
        assertThat(text).doesNotContain("Ігор", "Будити", "Ірина Коваль", "plan/");

        signedIn.as(c.familyUser(), () -> plans.acknowledge(planId, testPlans.planVersion(planId)));
        signedIn.as("supervisor", () -> plans.approve(planId, testPlans.planVersion(planId)));
        signedIn.as("curator", () -> plans.activate(planId, testPlans.planVersion(planId)));
        List<MimeMessage> all = received(address, 3);
        assertThat(all).extracting(MimeMessage::getSubject).contains("Consilium: Ваш сімейний план затверджено",
                "Consilium: У вашому плані є нове завдання для вас");
        for (MimeMessage m : all) {
            assertThat(MailParts.text(m)).doesNotContain("Ігор", "Будити", "Ірина Коваль");
        }
    }

    @Test
    void a_user_who_chose_the_digest_gets_one_message_with_the_days_notices_and_one_who_chose_none_gets_nothing()
            throws Exception {
        PlanningCase c = testPlans.caseInPlanning();
        String digest = SignedIn.unique("digest").toLowerCase() + "@example.org";
        String none = SignedIn.unique("none").toLowerCase() + "@example.org";
        jdbc.update("UPDATE user_account SET email = ?, locale = 'en' WHERE username = ?", digest, c.familyUser());
        signedIn.as(c.familyUser(), () -> notices.chooseMail(MailChoice.DIGEST));
        long planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
        Eventually.allEventsDelivered(jdbc);
        assertThat(mailServer.getReceivedMessagesForDomain(digest)).isEmpty();

        assertThat(housekeeping.sendDigests()).isGreaterThanOrEqualTo(1);
        MimeMessage day = received(digest, 1).getFirst();
        assertThat(day.getSubject()).isEqualTo("Consilium: 3 new notifications");
        assertThat(MailParts.text(day)).contains("Your family plan is ready", "You have a new task in your plan",
                "Your family plan has been approved");
        // Once mailed, not again.
        housekeeping.sendDigests();
        assertThat(mailServer.getReceivedMessagesForDomain(digest)).hasSize(1);

        // A user who chose no mail is told in the bell only.
        String before = jdbc.queryForObject("SELECT email FROM user_account WHERE username = 'police'", String.class);
        jdbc.update("UPDATE user_account SET email = ? WHERE username = 'police'", none);
        signedIn.as("police", () -> notices.chooseMail(MailChoice.NONE));
        try {
            PlanningCase d = testPlans.caseInPlanning();
            long other = testPlans.draftWithTasks(d);
            testPlans.agreeApproveActivate(d, other);
            Eventually.allEventsDelivered(jdbc);
            assertThat(mailServer.getReceivedMessagesForDomain(none)).isEmpty();
            assertThat(jdbc.queryForObject("""
                    SELECT COUNT(*) FROM notice n JOIN user_account u ON u.id = n.recipient_id
                    WHERE u.username = 'police' AND n.case_id = ? AND n.kind = 'plan.TASK_ASSIGNED'""", Integer.class,
                    d.caseId())).isEqualTo(1);
        } finally {
            signedIn.as("police", () -> notices.chooseMail(MailChoice.INSTANT));
            jdbc.update("UPDATE user_account SET email = ? WHERE username = 'police'", before);
        }
    }

    private List<MimeMessage> received(String address, int atLeast) {
        Eventually.until(atLeast + " mails to " + address,
                () -> mailServer.getReceivedMessagesForDomain(address).length >= atLeast);
        return Arrays.asList(mailServer.getReceivedMessagesForDomain(address));
    }
}
