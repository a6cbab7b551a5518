package org.consilium.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * What a browser knows of one Vaadin UI: the state nodes the server has sent, kept up to date from the
 * {@code changes} of every UIDL answer, and the constant pool that says what each listened DOM event
 * sends back. A node is an element (its tag, properties, attributes, class names, children, the DOM
 * events the server listens to, the methods the client may call on it) or a text.
 *
 * <p>The numbers are Flow's node features ({@code com.vaadin.flow.internal.nodefeature.NodeFeatures});
 * the shape of a change is in {@code JsonConstants} ({@code node}, {@code type}, {@code feat},
 * {@code key}, {@code value}, {@code nodeValue}, {@code index}, {@code remove}, {@code add},
 * {@code addNodes}).
 */
final class UiTree {

    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    static final int CLASS_LIST = 11;
    static final int CLIENT_METHODS = 19;
    static final int VIRTUAL_CHILDREN = 24;

    /** One state node as the client holds it. */
    static final class Node {
        final int id;
        final Map<String, JsonNode> data = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();
        final List<String> classes = new ArrayList<>();
        final List<String> methods = new ArrayList<>();
        String text;

        Node(int id) {
            this.id = id;
        }

        String tag() {
            JsonNode tag = data.get("tag");
            return tag == null ? "" : tag.asString();
        }

        String attribute(String name) {
            JsonNode value = attributes.get(name);
            return value == null ? null : value.asString();
        }

        JsonNode property(String name) {
            return properties.get(name);
        }

        @Override
        public String toString() {
            return "<" + tag() + "#" + id + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** Applies one UIDL message (the initial one or an answer): its constants, then its changes in order. */
    void apply(JsonNode uidl) {
        JsonNode pool = uidl.get("constants");
        if (pool != null) {
            pool.forEachEntry(constants::put);
        }
        JsonNode changes = uidl.get("changes");
        if (changes == null || !changes.isArray()) {
            return;
        }
        for (JsonNode change : changes) {
            applyChange(change);
        }
    }

    private void applyChange(JsonNode change) {
        int id = change.get("node").asInt();
        String type = change.get("type").asString();
        if (type.equals("detach")) {
            nodes.remove(id);
            return;
        }
        Node node = nodes.computeIfAbsent(id, Node::new);
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "put" -> put(node, feature, change.get("key").asString(),
                    change.has("value") ? change.get("value") : change.get("nodeValue"));
            case "remove" -> put(node, feature, change.get("key").asString(), null);
            case "splice" -> splice(node, feature, change);
            case "clear" -> list(node, feature).ifPresent(List::clear);
            default -> {
                // "attach" and "empty" carry nothing to keep
            }
        }
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        switch (feature) {
            case ELEMENT_DATA -> putOrRemove(node.data, key, value);
            case PROPERTIES -> putOrRemove(node.properties, key, value);
            case ATTRIBUTES -> putOrRemove(node.attributes, key, value);
            case LISTENERS -> {
                if (value == null) {
                    node.listeners.remove(key);
                } else {
                    node.listeners.put(key, value.asString());
                }
            }
            case TEXT -> node.text = value == null ? null : value.asString();
            default -> {
                // styles, push settings and the like: not needed to drive the pages
            }
        }
    }

    private static void putOrRemove(Map<String, JsonNode> map, String key, JsonNode value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static void splice(Node node, int feature, JsonNode change) {
        Optional<? extends List<?>> target = list(node, feature);
        if (target.isEmpty()) {
            return;
        }
        List<Object> list = (List<Object>) target.get();
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        for (int i = 0; i < removed && index < list.size(); i++) {
            list.remove(index);
        }
        List<Object> added = new ArrayList<>();
        if (change.has("addNodes")) {
            change.get("addNodes").forEach(n -> added.add(n.asInt()));
        } else if (change.has("add")) {
            change.get("add").forEach(v -> added.add(v.asString()));
        }
        list.addAll(Math.min(index, list.size()), added);
    }

    private static Optional<? extends List<?>> list(Node node, int feature) {
        return switch (feature) {
            case CHILDREN -> Optional.of(node.children);
            case VIRTUAL_CHILDREN -> Optional.of(node.virtualChildren);
            case CLASS_LIST -> Optional.of(node.classes);
            case CLIENT_METHODS -> Optional.of(node.methods);
            default -> Optional.empty();
        };
    }

    Optional<Node> node(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The expressions an event listener asks for (from the constant pool), or none. */
    JsonNode eventSettings(Node node, String event) {
        String key = node.listeners.get(event);
        return key == null ? null : constants.get(key);
    }

    /** The attached nodes with this tag, in the order they were made. */
    List<Node> byTag(String tag) {
        return nodes.values().stream().filter(n -> n.tag().equals(tag)).sorted((a, b) -> Integer.compare(a.id, b.id)).toList();
    }

    List<Node> all(Predicate<Node> test) {
        return nodes.values().stream().filter(test).sorted((a, b) -> Integer.compare(a.id, b.id)).toList();
    }

    /** The node and everything below it, children and virtual children (a dialog's footer, say). */
    Stream<Node> under(Node root) {
        return Stream.concat(Stream.of(root), Stream.concat(root.children.stream(), root.virtualChildren.stream())
                .map(nodes::get).filter(n -> n != null).flatMap(this::under));
    }

    /** The text a node shows: its own text and that of everything below it. */
    String text(Node root) {
        StringBuilder out = new StringBuilder();
        under(root).forEach(n -> {
            if (n.text != null) {
                out.append(n.text);
            }
        });
        return out.toString();
    }

    int size() {
        return nodes.size();
    }
}
