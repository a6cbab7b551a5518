package org.consilium.request.ui;

import static org.consilium.base.ui.Facts.fact;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.consilium.base.ui.Formats;
import com.vaadin.flow.shared.Registration;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.base.ui.LoadOrRefuse;
import org.consilium.live.LivePages;
import org.consilium.live.Topics;
import org.consilium.live.ui.LiveNote;
import org.consilium.base.ui.TitledView;
import org.consilium.request.RequestBasis;
import org.consilium.request.RequestQuestion;
import org.consilium.request.RequestSheet;
import org.consilium.request.RequestStatus;
import org.consilium.request.Repeat;
import org.consilium.security.AppRoles;

/**
 * One information request. The addressed agency sees what it needs to answer (the child, the
 * questions, who asks and by when) and answers it; the case's social services read the answer, reply
 * to questions, print and share it. The parts shown depend on what the reader may do; the services
 * check again.
 */
@Route("request")
@RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
class RequestView extends VerticalLayout implements HasUrlParameter<Long>, TitledView {

    final H2 title = new H2();
    final Div facts = new Div();
    final UnorderedList questions = new UnorderedList();
    final Div answer = new Div();
    final Div thread = new Div();
    private final Div back = new Div();
    final LiveNote liveNote = new LiveNote();
    private final RequestServices services;
    private final LivePages pages;
    private final String me;
    private RequestSheet current;
    private Registration liveWatch;

    RequestView(RequestServices services, LivePages pages, UserAccountService accounts) {
        this.services = services;
        this.pages = pages;
        this.me = accounts.signedIn().map(SignedInUser::username).orElse("");
        addClassName("request-page");
        facts.addClassName("request-facts");
        add(back, title, liveNote, facts, new H3(getTranslation("request.questions.title")), questions, answer, thread);
    }

    @Override
    public void setParameter(BeforeEvent event, Long requestId) {
        LoadOrRefuse.load(event, () -> Optional.of(services.reader().sheet(requestId))).ifPresent(r -> {
            show(r);
            goLive(r.id());
        });
    }

    /**
     * Keeps the page current while it is open: a reply, an answer or a hand-over made elsewhere shows
     * at once with a note of who did it. An answer being typed here stays as typed unless the request
     * itself moved on (answered or declined by someone else).
     */
    private void goLive(long requestId) {
        if (liveWatch != null) {
            liveWatch.remove();
        }
        liveWatch = pages.watch(this, Topics.ofRequest(requestId), c -> services.reader().mayRead(requestId), c -> {
            RequestSheet fresh = services.reader().sheet(requestId);
            show(fresh, fresh.status() != current.status() || !fresh.allowed().equals(current.allowed()));
            if (!c.actor().equals(me)) {
                liveNote.show(c);
            }
        });
    }

    @Override
    public String viewTitle() {
        return current == null ? getTranslation("request.page.title")
                : getTranslation(current.kind().messageKey()) + " — " + current.subject().name();
    }

    void reload() {
        show(services.reader().sheet(current.id()));
    }

    private void show(RequestSheet r) {
        show(r, true);
    }

    private void show(RequestSheet r, boolean withAnswer) {
        current = r;
        back.removeAll();
        Anchor link = r.allowed().socialServices()
                ? new Anchor("case/" + r.caseId(), getTranslation("request.backToCase"))
                : new Anchor("requests", getTranslation("request.backToList"));
        link.getElement().setAttribute("router-link", true);
        back.add(link);
        title.setText(viewTitle());
        showFacts(r);
        questions.removeAll();
        for (RequestQuestion q : r.questions()) {
            questions.add(new ListItem(getTranslation(q.messageKey())));
        }
        if (r.questionsText() != null) {
            ListItem own = new ListItem(r.questionsText());
            own.addClassName("request-own-question");
            questions.add(own);
        }
        if (withAnswer) {
            answer.removeAll();
            answer.add(new AnswerPart(services, r, this::reload));
        }
        thread.removeAll();
        thread.add(new ThreadPart(services, r, this::reload));
    }

    private void showFacts(RequestSheet r) {
        facts.removeAll();
        RequestSheet.Subject s = r.subject();
        String about = s.name() + (s.birthDate() == null ? "" : ", " + getTranslation("request.born", Formats.date(s.birthDate(), getLocale())))
                + (s.schoolClass() == null ? "" : ", " + getTranslation("request.class", s.schoolClass()));
        facts.add(fact(getTranslation("request.fact.about"), about));
        if (r.familyName() != null) {
            facts.add(fact(getTranslation("request.fact.family"), r.familyName()));
        }
        facts.add(fact(getTranslation("request.fact.agency"), r.agencyName()),
                fact(getTranslation("request.fact.period"), getTranslation("request.period",
                        Formats.date(r.periodFrom(), getLocale()), Formats.date(r.periodTo(), getLocale()))),
                fact(getTranslation("request.fact.askedBy"), r.askedBy() + ", " + r.askedByTeam()
                        + (r.askedByEmail() == null ? "" : ", " + r.askedByEmail())),
                fact(getTranslation("request.fact.sent"), Formats.dateTime(r.sentAt(), getLocale())),
                fact(getTranslation("request.fact.due"), Formats.date(r.dueOn(), getLocale())),
                fact(getTranslation("request.fact.status"), RequestStatusBadge.of(new Span(), r.status(), r.overdue())));
        if (r.assigneeName() != null && r.status().isOpen()) {
            facts.add(fact(getTranslation("request.fact.assignee"), r.assigneeName()));
        }
        if (r.allowed().socialServices()) {
            facts.add(fact(getTranslation("request.fact.basis"), r.basis() == RequestBasis.CONSENT
                    ? getTranslation(r.basis().messageKey())
                    : getTranslation(r.basis().messageKey()) + ": " + r.legalBasis() + " ("
                    + (r.basisReviewedAt() == null ? getTranslation("request.basis.notReviewed")
                    : getTranslation("request.basis.reviewed", Formats.dateTime(r.basisReviewedAt(), getLocale()))) + ")"));
        }
        if (r.repeat() != Repeat.NONE) {
            facts.add(fact(getTranslation("request.fact.repeat"), getTranslation(r.repeat().messageKey()) + ", "
                    + getTranslation("request.repeat.until", Formats.date(r.repeatUntil(), getLocale()))
                    + (r.goalStatement() == null ? "" : " — " + getTranslation("request.repeat.feeds", r.goalStatement()))));
        }
        if (r.status() == RequestStatus.DECLINED) {
            facts.add(fact(getTranslation("request.fact.declined"), r.declineReason() + " ("
                    + Formats.dateTime(r.declinedAt(), getLocale()) + ")"));
        }
        if (!r.sharedWith().isEmpty()) {
            facts.add(fact(getTranslation("request.fact.sharedWith"), String.join(", ", r.sharedWith())));
        }
        if (!r.allowed().socialServices() && !r.allowed().answer() && r.status().isOpen()) {
            facts.add(new Paragraph(getTranslation("request.readOnly")));
        }
    }
}
