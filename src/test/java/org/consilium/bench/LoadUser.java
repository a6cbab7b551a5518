package org.consilium.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/**
 * One curator at work, in a browser tab of their own ({@link FlowClient}): signs in through the login
 * form, then round after round opens the case list from the menu, types the name of a member of one of
 * their families into its search field, opens that family's case from the list, opens its plan, opens
 * the progress form of a task and saves a note, thinking a while between actions.
 *
 * <p>Every action checks that it got what a user would see, or it counts as failed: the login form and
 * then the main layout; the list's grid with rows; rows for the name typed that differ from the
 * unfiltered ones and hold the family's case; the address of that case; the link to its plan; the plan's
 * tasks; an open dialog with a note field; the saved note shown on the plan and the dialog closed.
 */
final class LoadUser {

    static final String SIGN_IN_PAGE = "sign-in page";
    static final String SIGN_IN = "sign in";
    static final String CASE_LIST = "case list (menu)";
    static final String FILTER = "filter by a member's name";
    static final String OPEN_CASE = "open the case from the list";
    static final String OPEN_PLAN = "open its plan";
    static final String OPEN_FORM = "open a task's progress form";
    static final String SAVE_NOTE = "save a note";
    static final List<String> ACTIONS = List.of(SIGN_IN_PAGE, SIGN_IN, CASE_LIST, FILTER, OPEN_CASE, OPEN_PLAN, OPEN_FORM, SAVE_NOTE);

    /** Who works, on which case, and by what they find it in the list. */
    record Curator(String username, long caseId, String memberName, String familyName, String fullName) {
    }

    /** Where the user reports how long each action took, what failed and what it saved. */
    interface Recorder {
        default void starting(String action) {
        }

        void took(String action, long startedAtNanos, long nanos);

        void failed(String action, String why);

        void notFoundInList();

        void noteSaved();
    }

    /** The grid's columns the user reads a row by: the family (first) and the curator (sixth). */
    private static final String FAMILY_COLUMN = "col0";
    private static final String CURATOR_COLUMN = "col5";

    private final FlowClient client;
    private final Curator curator;
    private final String password;
    private final String marker;
    private final Random random;
    private final long thinkMinMillis;
    private final long thinkMaxMillis;
    private final Recorder recorder;
    private int round;
    /** The rows the list showed before filtering, and the key of the family's row after it (null: not found once). */
    private List<JsonNode> firstRows = List.of();
    private String familyRow;

    LoadUser(FlowClient client, Curator curator, String password, String marker, long seed, long thinkMinMillis,
             long thinkMaxMillis, Recorder recorder) {
        this.client = client;
        this.curator = curator;
        this.password = password;
        this.marker = marker;
        this.random = new Random(seed);
        this.thinkMinMillis = thinkMinMillis;
        this.thinkMaxMillis = thinkMaxMillis;
        this.recorder = recorder;
    }

    /** Signs in, then works round after round until {@code running} says stop; signs out at the end. */
    void work(BooleanSupplier running) {
        boolean in = signIn();
        while (running.getAsBoolean()) {
            if (!in) {
                think();
                in = signIn();
                continue;
            }
            think();
            if (!running.getAsBoolean()) {
                break;
            }
            if (!round()) {
                think();
                in = recover();
            }
        }
        try {
            client.signOut();
        } catch (RuntimeException e) {
            recorder.failed("sign out", e.getMessage());
        }
    }

    /** The sign-in page, then the form: true when the user is in. */
    boolean signIn() {
        return step(SIGN_IN_PAGE, () -> {
            client.open("login");
            need(!client.tree().byTag("vaadin-login-form").isEmpty(), "no login form");
        }) && step(SIGN_IN, () -> {
            client.signIn(curator.username(), password);
            need(client.tree().byTag("vaadin-login-form").isEmpty(), "still on the login page");
            need(!client.tree().byTag("vaadin-app-layout").isEmpty(), "no main layout after signing in");
        });
    }

    /** One round of work on the case, a pause before each action; false if an action failed. */
    boolean round() {
        round++;
        return step(CASE_LIST, this::openList)
                && thinkThen(FILTER, this::filter)
                && thinkThen(OPEN_CASE, this::openCase)
                && thinkThen(OPEN_PLAN, this::openPlan)
                && thinkThen(OPEN_FORM, this::openForm)
                && thinkThen(SAVE_NOTE, this::saveNote);
    }

    private void openList() {
        client.navigate("cases", "link");
        UiTree.Node grid = only("vaadin-grid");
        firstRows = rows(grid);
        need(!firstRows.isEmpty(), "the case list sent no rows");
    }

    /** Types the member's name; notes the key of the family's row if the first page of the answer holds it, once. */
    private void filter() {
        familyRow = null;
        UiTree.Node field = client.tree().all(n -> n.tag().equals("vaadin-text-field") && n.listeners.containsKey("input"))
                .stream().findFirst().orElseThrow(() -> new FlowClient.StepFailed("no search field"));
        client.fire(field, "input", Map.of("value", curator.memberName()));
        List<JsonNode> rows = rows(only("vaadin-grid"));
        need(!rows.isEmpty(), "the filter sent the grid no rows");
        need(!columns(rows).equals(columns(firstRows)), "the filter did not change the rows");
        List<JsonNode> ours = rows.stream().filter(row -> curator.familyName().equals(row.path(FAMILY_COLUMN).asString())
                && curator.fullName().equals(row.path(CURATOR_COLUMN).asString())).toList();
        if (ours.size() == 1) {
            familyRow = ours.getFirst().get("key").asString();
        } else {
            // Not on the first page, or more than one row alike (another curator of the same name with a
            // family of the same surname): the user cannot tell the case from the list.
            recorder.notFoundInList();
        }
    }

    /** Clicks the family's row (the server navigates), or follows the case's address if the list did not show it once. */
    private void openCase() {
        String address = "case/" + curator.caseId();
        if (familyRow != null) {
            client.fire(only("vaadin-grid"), "item-click", Map.of("event.detail.itemKey", familyRow,
                    "event.detail.internalColumnId", FAMILY_COLUMN));
            need(client.navigatedTo().filter(address::equals).isPresent(), "the row led to " + client.navigatedTo());
        } else {
            client.navigate(address, "link");
        }
        need(!client.tree().all(n -> ("plan/" + curator.caseId()).equals(n.attribute("href"))).isEmpty(),
                "no link to the plan on the case page");
    }

    private void openPlan() {
        client.navigate("plan/" + curator.caseId(), "link");
        need(!progressButtons().isEmpty(), "no task to work on the plan");
    }

    private void openForm() {
        List<UiTree.Node> buttons = progressButtons();
        client.click(buttons.get(random.nextInt(buttons.size())));
        need(openDialog() != null, "no progress form opened");
    }

    private void saveNote() {
        UiTree.Node dialog = openDialog();
        need(dialog != null, "the progress form is gone");
        UiTree.Node note = client.tree().under(dialog).filter(n -> n.tag().equals("vaadin-text-area")).findFirst()
                .orElseThrow(() -> new FlowClient.StepFailed("no note field"));
        String text = "Phoned the mother; next visit agreed. " + marker + "-" + round;
        client.fire(note, "change", Map.of("value", text));
        UiTree.Node save = client.tree().under(dialog)
                .filter(n -> n.tag().equals("vaadin-button") && String.valueOf(n.attribute("theme")).contains("primary"))
                .findFirst().orElseThrow(() -> new FlowClient.StepFailed("no save button"));
        client.click(save);
        need(openDialog() == null, "the progress form stayed open");
        need(!client.tree().all(n -> n.text != null && n.text.contains(text)).isEmpty(), "the plan does not show the note");
        recorder.noteSaved();
    }

    /** The first button of each task's tools: what the reader may do with the task ("Progress"). */
    private List<UiTree.Node> progressButtons() {
        UiTree tree = client.tree();
        return tree.all(n -> n.attribute("data-task") != null).stream()
                .flatMap(task -> tree.under(task).filter(n -> n.classes.contains("plan-task-tools")).limit(1))
                .flatMap(tools -> tree.under(tools).filter(n -> n.tag().equals("vaadin-button")).limit(1))
                .toList();
    }

    private UiTree.Node openDialog() {
        return client.tree().byTag("vaadin-dialog").stream()
                .filter(d -> d.property("opened") != null && d.property("opened").asBoolean())
                .filter(d -> client.tree().under(d).anyMatch(n -> n.tag().equals("vaadin-text-area")))
                .findFirst().orElse(null);
    }

    /** The rows the last answer sent to the grid. */
    private List<JsonNode> rows(UiTree.Node grid) {
        return client.calls(grid, "$connector.set(").stream().flatMap(call -> call.get(2).valueStream()).toList();
    }

    private static List<String> columns(List<JsonNode> rows) {
        return rows.stream().map(r -> r.path(FAMILY_COLUMN).asString() + "|" + r.path(CURATOR_COLUMN).asString()).toList();
    }

    private UiTree.Node only(String tag) {
        List<UiTree.Node> found = client.tree().byTag(tag);
        need(found.size() == 1, found.size() + " elements " + tag);
        return found.getFirst();
    }

    /** After a failure: the user reloads the home page, or signs in again if the session is gone. */
    private boolean recover() {
        try {
            client.open("");
            if (client.tree().byTag("vaadin-app-layout").isEmpty()) {
                return signIn();
            }
            return true;
        } catch (RuntimeException e) {
            return signIn();
        }
    }

    private boolean thinkThen(String action, Runnable work) {
        think();
        return step(action, work);
    }

    private boolean step(String action, Runnable work) {
        recorder.starting(action);
        long started = System.nanoTime();
        long busy = client.busyNanos();
        try {
            work.run();
            recorder.took(action, started, client.busyNanos() - busy);
            client.sendFollowUps();
            return true;
        } catch (RuntimeException e) {
            recorder.failed(action, curator.username() + ": " + e.getMessage());
            return false;
        }
    }

    private void think() {
        long millis = thinkMinMillis + (long) (random.nextDouble() * (thinkMaxMillis - thinkMinMillis));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void need(boolean condition, String failure) {
        if (!condition) {
            throw new FlowClient.StepFailed(failure);
        }
    }
}
