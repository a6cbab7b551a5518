package org.consilium.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab over plain HTTP, speaking Vaadin Flow's client protocol as the Flow client does
 * (read from Flow's own sources: {@code Flow.ts}, {@code MessageSender}, {@code ServerConnector},
 * {@code ServerRpcHandler}, {@code UidlRequestHandler}). A page is loaded as a browser loads it: the
 * page itself, {@code ?v-r=init} with the location and the browser's details (a new UI), and the
 * {@code ui-navigate} event that makes the server show the route. Then every user action is a UIDL
 * request ({@code ?v-r=uidl&v-uiId=…}) carrying the UI's CSRF token, the last server sync id, the
 * next client message id and the RPCs: property syncs ({@code mSync}), DOM events ({@code event}) and
 * calls of the methods a component publishes ({@code publishedEventHandler}). Leaving a page sends the
 * unload beacon that closes its UI.
 *
 * <p>What the browser does on its own after an answer (a grid or combo box confirming the data it got,
 * a notification closing after its time) is collected as follow-ups and sent apart, so that it is not
 * counted in the action that caused it. Push is not opened: with {@code WEBSOCKET_XHR} the client sends
 * over XHR anyway, and what the server would push waits for the next answer.
 *
 * <p>Each tab keeps its own session cookie; all tabs share one {@link HttpClient}. The time spent in
 * HTTP exchanges that a user waits for is added up in {@link #busyNanos()}.
 */
final class FlowClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BROWSER = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1920&v-bh=960&v-bw=1920&v-tzo=-120"
            + "&v-dstd=60&v-rtzo=-120&v-dston=false&v-tzid=Europe%2FKyiv&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern SPRING_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;
    private String cookie;
    private String springCsrf;
    private String vaadinCsrf;
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private UiTree tree = new UiTree();
    private JsonNode last;
    private long busyNanos;
    private final List<ObjectNode> followUps = new ArrayList<>();
    private final Set<Integer> closedNotifications = new HashSet<>();

    FlowClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** A step that did not get the answer it needs; the user counts it as failed. */
    static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message);
        }
    }

    UiTree tree() {
        return tree;
    }

    /** The last UIDL answer. */
    JsonNode last() {
        return last;
    }

    long busyNanos() {
        return busyNanos;
    }

    boolean signedIn() {
        return cookie != null && uiId >= 0;
    }

    /** Loads a page by its address, as typing it or following a redirect does; closes the page shown before. */
    JsonNode open(String route) {
        leavePage();
        HttpResponse<String> page = exchange(request(route).GET().build(), true);
        expect(page, 200, "page " + route);
        Matcher csrf = SPRING_CSRF.matcher(page.body());
        springCsrf = csrf.find() ? csrf.group(1) : null;
        HttpResponse<String> init = exchange(request("?v-r=init&location=" + encode(route) + "&query="
                + "&v-curdate=" + System.currentTimeMillis() + BROWSER).GET().build(), true);
        expect(init, 200, "init " + route);
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        vaadinCsrf = uidl.get("Vaadin-Security-Key").asString();
        syncId = uidl.get("syncId").asInt();
        clientId = 0;
        tree = new UiTree();
        closedNotifications.clear();
        followUps.clear();
        tree.apply(uidl);
        return navigate(route, "");
    }

    /** The client router's navigation: {@code trigger} "" on a page load, "link" for a router link. */
    JsonNode navigate(String route, String trigger) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route).put("query", "").put("appShellTitle", "").put("trigger", trigger);
        data.putNull("historyState");
        return send(rpc(event(1, "ui-navigate", data)));
    }

    /** A click on an element (a button), with the event details the listener asks for. */
    JsonNode click(UiTree.Node node) {
        return fire(node, "click", Map.of());
    }

    /**
     * A DOM event on an element as the Flow client sends it: first the properties the listener keeps in
     * sync (their new values given in {@code values}), then the event with the data its expressions ask
     * for (given in {@code values}, or a plain default), marked as a debounced event's trailing call.
     */
    JsonNode fire(UiTree.Node node, String type, Map<String, Object> values) {
        JsonNode settings = tree.eventSettings(node, type);
        if (settings == null) {
            throw new StepFailed(node + " does not listen to " + type);
        }
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode data = JSON.createObjectNode();
        boolean debounced = false;
        for (String expression : settings.propertyNames()) {
            debounced |= settings.get(expression).isArray();
            if (expression.startsWith("}")) {
                String property = expression.substring(1);
                if (!values.containsKey(property)) {
                    throw new IllegalArgumentException("no value for the synced property " + property);
                }
                rpc.add(sync(node.id, property, values.get(property)));
            } else {
                data.set(expression, JSON.valueToTree(values.getOrDefault(expression, defaultFor(expression))));
            }
        }
        if (debounced) {
            data.put("for", "trailing");
        }
        rpc.add(event(node.id, type, data));
        return send(rpc);
    }

    private static Object defaultFor(String expression) {
        if (expression.endsWith("Key")) {
            return false;
        }
        return switch (expression) {
            case "1" -> true;
            case "event.detail", "event.detail.detail" -> 1;
            case "event.button", "event.detail.button" -> 0;
            default -> 100;
        };
    }

    /** Sends what the browser would send by itself after the last answers (confirmations, closed notifications). */
    void sendFollowUps() {
        if (followUps.isEmpty()) {
            return;
        }
        ArrayNode rpc = JSON.createArrayNode();
        followUps.forEach(rpc::add);
        followUps.clear();
        long before = busyNanos;
        send(rpc);
        busyNanos = before;
    }

    /** Signs in through the login page's form (a plain form post, as the login form does), then loads the page it leads to. */
    JsonNode signIn(String username, String password) {
        leavePage();
        String form = "username=" + encode(username) + "&password=" + encode(password);
        HttpResponse<String> answer = exchange(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin()).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), true);
        expect(answer, 302, "sign-in of " + username);
        String location = answer.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new StepFailed("sign-in of " + username + " refused: " + location);
        }
        String path = URI.create(location).getPath();
        return open(path == null ? "" : path.replaceFirst("^/", ""));
    }

    /** Signs out through Spring Security's sign-out address with the page's token; the session ends. */
    void signOut() {
        leavePage();
        if (cookie == null || springCsrf == null) {
            return;
        }
        HttpResponse<String> answer = exchange(request("logout").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin()).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(springCsrf))).build(), false);
        expect(answer, 302, "sign-out");
        cookie = null;
    }

    /** The unload beacon a page sends when the browser leaves it: the server closes its UI. */
    private void leavePage() {
        if (uiId < 0 || cookie == null) {
            return;
        }
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", vaadinCsrf);
        payload.set("rpc", JSON.createArrayNode());
        payload.put("UNLOAD", true);
        exchange(request("?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString())).build(), false);
        uiId = -1;
    }

    /** Posts one UIDL message and applies its answer; refuses an error, an expired session or a UI the server lost. */
    JsonNode send(ArrayNode rpc) {
        if (uiId < 0) {
            throw new StepFailed("no page open");
        }
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", vaadinCsrf);
        payload.set("rpc", rpc);
        payload.put("syncId", syncId);
        payload.put("clientId", clientId++);
        HttpResponse<String> answer = exchange(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8").header("Origin", origin())
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.ofString(payload.toString())).build(), true);
        expect(answer, 200, "UIDL");
        String body = answer.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode uidl = JSON.readTree(body);
        if (uidl.isArray()) {
            uidl = uidl.get(0);
        }
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || uidl.path("syncId").asInt(0) < 0) {
            throw new StepFailed("the server answered with " + meta);
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        tree.apply(uidl);
        last = uidl;
        collectFollowUps(uidl);
        return uidl;
    }

    private void collectFollowUps(JsonNode uidl) {
        for (JsonNode call : uidl.path("execute")) {
            String script = call.get(call.size() - 1).asString("");
            JsonNode target = call.get(0);
            if (script.contains("$connector.confirm(") && target.has("@v-node")) {
                int node = target.get("@v-node").asInt();
                tree.node(node).filter(n -> n.methods.contains("confirmUpdate")).ifPresent(n -> followUps.add(
                        publishedCall(node, "confirmUpdate", call.get(1).asInt())));
            }
        }
        for (UiTree.Node n : tree.byTag("vaadin-notification")) {
            JsonNode opened = n.property("opened");
            if (opened != null && opened.asBoolean() && closedNotifications.add(n.id) && n.listeners.containsKey("opened-changed")) {
                followUps.add(sync(n.id, "opened", false));
                followUps.add(event(n.id, "opened-changed", JSON.createObjectNode()));
            }
        }
    }

    /** The calls the last answer makes on an element whose script contains {@code fragment}. */
    List<JsonNode> calls(UiTree.Node node, String fragment) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode call : last.path("execute")) {
            JsonNode target = call.get(0);
            if (target != null && target.path("@v-node").asInt(-1) == node.id && call.get(call.size() - 1).asString("").contains(fragment)) {
                found.add(call);
            }
        }
        return found;
    }

    /** Where the server's own navigation in the last answer led (the address the client router is told), if anywhere. */
    Optional<String> navigatedTo() {
        for (JsonNode call : last.path("execute")) {
            if (call.get(call.size() - 1).asString("").contains("'vaadin-navigate'")) {
                return Optional.of(call.get(1).asString());
            }
        }
        return Optional.empty();
    }

    private static ObjectNode event(int node, String type, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event").put("node", node).put("event", type);
        rpc.set("data", data);
        return rpc;
    }

    private static ObjectNode sync(int node, String property, Object value) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync").put("node", node).put("feature", UiTree.PROPERTIES).put("property", property);
        rpc.set("value", JSON.valueToTree(value));
        return rpc;
    }

    private static ObjectNode publishedCall(int node, String method, Object... args) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler").put("node", node).put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", JSON.valueToTree(args));
        return rpc;
    }

    private static ArrayNode rpc(ObjectNode... invocations) {
        ArrayNode all = JSON.createArrayNode();
        for (ObjectNode i : invocations) {
            all.add(i);
        }
        return all;
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery.isEmpty() ? "/" : pathAndQuery))
                .timeout(TIMEOUT);
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b;
    }

    private HttpResponse<String> exchange(HttpRequest request, boolean waitedFor) {
        long start = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StepFailed(request.uri() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailed("interrupted");
        }
        if (waitedFor) {
            busyNanos += System.nanoTime() - start;
        }
        for (String set : answer.headers().allValues("Set-Cookie")) {
            if (set.startsWith("JSESSIONID=")) {
                cookie = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
            }
        }
        return answer;
    }

    private static void expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new StepFailed(what + ": HTTP " + answer.statusCode());
        }
    }

    private String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
