package org.consilium.request.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.base.ui.Formats;
import org.consilium.live.LivePages;
import org.consilium.live.Topics;
import org.consilium.live.ui.LiveNote;
import org.consilium.base.ui.TitledView;
import org.consilium.request.AnswerService;
import org.consilium.request.RequestRow;
import org.consilium.security.AppRoles;

/**
 * A partner agency's requests to answer, overdue ones first and marked, each with who asks and by
 * when; below them what the agency has answered or declined.
 */
@Route("requests")
@Menu(order = 2, icon = "vaadin:envelope-open-o", title = "menu.requests")
@RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
class RequestsToAnswerView extends VerticalLayout implements TitledView {

    RequestList open;
    RequestList done;
    final LiveNote liveNote = new LiveNote();

    RequestsToAnswerView(AnswerService answers, LivePages pages, UserAccountService accounts) {
        addClassName("requests-to-answer");
        open = new RequestList(answers.toAnswer(), "request.toAnswer.none", this::askedBy);
        done = new RequestList(answers.done(), "request.done.none", this::askedBy);
        add(new Paragraph(getTranslation("request.toAnswer.help")), liveNote, open, new H2(getTranslation("request.done.title")),
                done);
        // A request sent to the agency, or one a colleague answered, shows at once.
        accounts.signedIn().map(SignedInUser::agencyId).ifPresent(agency -> pages.watch(this, Topics.ofAgency(agency),
                c -> c.whatKey().startsWith("live.request."), c -> {
                    RequestList freshOpen = new RequestList(answers.toAnswer(), "request.toAnswer.none", this::askedBy);
                    RequestList freshDone = new RequestList(answers.done(), "request.done.none", this::askedBy);
                    replace(open, freshOpen);
                    replace(done, freshDone);
                    open = freshOpen;
                    done = freshDone;
                    liveNote.show(c);
                }));
    }

    private String askedBy(RequestRow r) {
        return getTranslation("request.list.askedBy", r.askedBy(), r.askedByTeam(), Formats.date(r.sentOn(), getLocale()));
    }

    @Override
    public String viewTitle() {
        return getTranslation("request.toAnswer.title");
    }
}
