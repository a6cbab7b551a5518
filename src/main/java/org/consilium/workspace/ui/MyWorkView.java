package org.consilium.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.TitledView;
import org.consilium.casefile.DueCase;
import org.consilium.workspace.MyWorkService.Destination;
import org.consilium.workspace.MyWorkService;

/** Every user's home: what their role(s) do here, and the figures that exist for them so far. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "menu.myWork")
@PermitAll
class MyWorkView extends VerticalLayout implements TitledView {

    final H2 greeting = new H2();
    final Paragraph place = new Paragraph();
    final Div sections = new Div();
    final FailedSignInNotice failedSignIns;
    FamilyHomePart family;

    MyWorkView(MyWorkService service, UserAccountService accounts,
               AuthenticationContext authentication) {
        addClassName("my-work-view");
        sections.addClassName("my-work-sections");
        failedSignIns = new FailedSignInNotice(accounts);
        add(failedSignIns, greeting, place, sections);
        service.forSignedInUser().ifPresentOrElse(this::show, () -> notSetUp(authentication));
    }

    /**
     * Signed in by the organisation's identity provider, but without a role, agency or family the
     * portal knows: nothing to show but who to ask, and the way out.
     */
    private void notSetUp(AuthenticationContext authentication) {
        greeting.setText(getTranslation("account.notSetUp.title"));
        place.setText(getTranslation("account.notSetUp.text"));
        Button signOut = new Button(
                getTranslation("usermenu.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signOut.addClassName("not-set-up-sign-out");
        sections.add(signOut);
    }

    private void show(MyWorkService.MyWork work) {
        greeting.setText(getTranslation("mywork.greeting", work.user().fullName()));
        String where = work.user().agencyName() != null ? work.user().agencyName()
                : work.user().familyName() != null ? getTranslation("mywork.family", work.user().familyName()) : "";
        place.setText(where);
        place.setVisible(!where.isEmpty());
        work.family().ifPresent(f -> {
            family = new FamilyHomePart(f);
            addComponentAtIndex(indexOf(sections), family);
        });
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        for (MyWorkService.Section section : work.sections()) {
            Div card = new Div();
            card.addClassName("role-card");
            card.getElement().setAttribute("data-role", section.role());
            card.add(new H3(getTranslation("role." + section.role())));
            card.add(new Paragraph(getTranslation("mywork.about." + section.role())));
            if (!section.figures().isEmpty()) {
                Div figures = new Div();
                figures.addClassName("figures");
                for (MyWorkService.Figure figure : section.figures()) {
                    Div f = new Div();
                    f.addClassName("figure");
                    Span value = new Span(numbers.format(figure.value()));
                    value.addClassName("figure-value");
                    Span label = new Span(getTranslation(figure.labelKey(), figure.labelArgumentsAfterValue()));
                    label.addClassName("figure-label");
                    f.add(value, label);
                    if (figure.destination() != null) {
                        Anchor link = new Anchor(route(figure.destination(), work.user()));
                        // Lets the router navigate inside the page instead of reloading it.
                        link.getElement().setAttribute("router-link", true);
                        link.add(f);
                        figures.add(link);
                    } else {
                        figures.add(f);
                    }
                }
                card.add(figures);
            }
            for (MyWorkService.CaseList list : section.lists()) {
                card.add(caseList(list));
            }
            card.add(new Paragraph(getTranslation("mywork.next." + section.role())));
            sections.add(card);
        }
    }

    /** The address of the list a figure counts. */
    private static String route(Destination destination, SignedInUser user) {
        return switch (destination) {
            case AGENCIES -> "admin/agencies";
            case USERS -> "admin/users";
            case REFERRALS -> "referrals";
            case TEAM_CASES -> "cases";
            case TEAM_OVERDUE_CASES -> "cases?overdue";
            case MY_CASES -> "cases?curator=" + user.id();
            case MY_OVERDUE_CASES -> "cases?overdue&curator=" + user.id();
            case MY_TASKS -> "my-tasks";
            case SHARED_CASES -> "shared";
            case MY_REFERRALS -> "my-referrals";
            case MY_PLAN -> "my-plan";
            case REQUESTS_TO_ANSWER -> "requests";
        };
    }

    /** Cases named on the home (a curator's overdue work, a supervisor's overrides), each a link to its page. */
    private Div caseList(MyWorkService.CaseList cases) {
        Div box = new Div();
        box.addClassName("overdue-items");
        box.add(new H3(getTranslation(cases.titleKey(), cases.titleArguments())));
        UnorderedList list = new UnorderedList();
        for (DueCase due : cases.cases()) {
            Anchor link = new Anchor("case/" + due.caseId(), getTranslation(cases.itemKey(), due.familyName(),
                    getTranslation(due.stage().messageKey()), Formats.date(due.dueOn(), getLocale())));
            link.getElement().setAttribute("router-link", true);
            list.add(new ListItem(link));
        }
        box.add(list);
        return box;
    }

    @Override
    public String viewTitle() {
        // A family's home is its home, not its "work".
        return getTranslation(family != null ? "menu.myWork.family" : "menu.myWork");
    }
}
