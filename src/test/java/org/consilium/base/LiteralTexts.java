package org.consilium.base;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Finds words in the UI code that do not come from the message bundles. The sources are read with the
 * JDK's own Java parser, so comments, imports and escapes are never taken for text. Two rules:
 * <ul>
 * <li>a string literal that the user reads or hears counts when it holds a letter and is neither a key
 * of the bundles (also as "{key}" or as the start of a key completed at run time), nor a web address,
 * nor one of the {@link #ALLOWED} texts. What is read or heard is known by where the literal goes: a
 * setter named for words ({@link #TEXT_SETTER}: setText, setAriaLabel, setHeader, setMaxErrorMessage
 * …), the other {@link #TEXT_METHODS} and {@link #TEXT_HELPERS}, any setter of a component's texts
 * object (DatePickerI18n, LoginI18n …), the constructors of Vaadin's components and of our dialogs
 * (but not an anchor's address or an icon's name), {@link #TEXT_ATTRIBUTES}, a lambda giving an item's
 * label or a column's cell, the title of @PageTitle and @Menu and a constraint's message. The literal is
 * followed through {@code +}, {@code ?:}, a {@code switch}, {@code String.format} and a variable of the
 * same method or class. Class names, themes, ids, routes, attribute names and keys go elsewhere and are
 * not looked at;</li>
 * <li>any Cyrillic letter in any literal of the UI code counts, wherever it goes.</li>
 * </ul>
 */
final class LiteralTexts {

    /** One word found: where, what, and where it was going. */
    record Finding(String file, long line, String text, String sink) {
        @Override
        public String toString() {
            return file + ":" + line + ": \"" + text + "\" (" + sink + ")";
        }
    }

    /** Texts with letters that read the same in every language. Kept short: a rule is better than an entry. */
    static final Set<String> ALLOWED = Set.of();

    /** Setters, on any receiver, whose name says they take words: setText, setAriaLabel, setMaxErrorMessage … */
    static final Pattern TEXT_SETTER = Pattern.compile("set\\w*(Text|Label|Title|Message|Placeholder|Header|Footer|Button)");

    /** Setters of a component's texts ({@code DatePickerI18n}, {@code LoginI18n} …) that take formats, not words. */
    private static final Set<String> I18N_FORMATS = Set.of("setDateFormat", "setDateFormats", "setReferenceDate");

    /** Other methods, on any receiver, whose string arguments are shown. */
    static final Set<String> TEXT_METHODS = Set.of("setAlt", "withText", "addItem", "setItems", "add", "explaining",
            "asRequired", "withValidator", "withConverter", "reject");

    /** Static helpers, by class and method, whose string arguments are shown (or are keys of what is shown). */
    static final Set<String> TEXT_HELPERS = Set.of("Notification.show", "Notifications.success", "Notifications.error",
            "Facts.fact", "Tables.table", "Tables.row", "Dates.notBefore", "Dates.notAfter", "Dates.labelled",
            "ValidationResult.error", "Result.error");

    /** Methods whose lambda's result is shown: an item's label, a column's cell, a tooltip. */
    static final Set<String> GENERATORS = Set.of("setItemLabelGenerator", "setTooltipGenerator", "addColumn");

    /** The attributes and properties that a browser shows or reads aloud (setAttribute, setProperty). */
    static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "aria-label", "aria-description", "aria-roledescription",
            "aria-valuetext", "placeholder", "alt", "label", "accessibleName", "helperText", "helper-text",
            "errorMessage", "error-message", "headerTitle", "header-title", "innerHTML", "innerText", "textContent");

    /** A web or mail address, or the start of one ("https://" as a placeholder): the same in every language. */
    private static final Pattern ADDRESS = Pattern.compile("[a-z]+://\\S*|mailto:\\S*");

    /** Receivers of add(...) that take names, not words: themes and class names. */
    private static final Set<String> NAME_LISTS = Set.of("getThemeList", "getClassNames", "getThemeNames");

    /** Our own components whose string arguments are keys or words to show. */
    private static final Set<String> TEXT_CLASSES = Set.of("ConfirmDialog", "ReasonDialog", "ReadDialog", "EditDialog",
            "ViewToolbar");

    /** Argument positions of Vaadin constructors that are addresses or names, not words; -1 for all. */
    private static final Map<String, Set<Integer>> TECHNICAL_ARGUMENTS = Map.of("Anchor", Set.of(0), "Image", Set.of(0),
            "SideNavItem", Set.of(1), "Avatar", Set.of(1), "Icon", Set.of(-1), "SvgIcon", Set.of(-1),
            "FontIcon", Set.of(-1), "IFrame", Set.of(-1), "ResponsiveStep", Set.of(-1));

    /** Methods that make a string of the strings they are given: what those hold is shown too. */
    private static final Set<String> STRING_MAKERS = Set.of("format", "formatted", "concat", "join", "valueOf", "repeat",
            "strip", "trim", "toUpperCase", "toLowerCase");

    /** Constructors whose text is markup: only what lies outside the tags is words. */
    private static final Set<String> MARKUP = Set.of("Html", "Svg");

    private final Set<String> keys;
    private final List<Finding> findings = new ArrayList<>();
    private int textArguments;

    LiteralTexts(Set<String> keys) {
        this.keys = keys;
    }

    /** Every {@code .java} file under a {@code ui} package below the root, by its path. */
    static Map<String, String> uiSources(Path root) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (root.relativize(file).toString().replace('\\', '/').contains("/ui/")) {
                    sources.put(file.toString(), Files.readString(file));
                }
            }
        }
        return sources;
    }

    /** The words the sources (by file name) show outside the bundles. */
    List<Finding> scan(Map<String, String> sources) {
        List<JavaFileObject> files = new ArrayList<>();
        sources.forEach((name, text) -> files.add(new SimpleJavaFileObject(URI.create("string:///" + name.replace('\\', '/')),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        }));
        DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
        JavacTask javac = (JavacTask) ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, problems, List.of("-proc:none"), null, files);
        try {
            SourcePositions positions = Trees.instance(javac).getSourcePositions();
            for (CompilationUnitTree unit : javac.parse()) {
                new FileScanner(unit, positions).scan(unit, null);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        problems.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).findFirst()
                .ifPresent(d -> {
                    throw new IllegalStateException("Cannot read " + d.getSource().getName() + ": " + d.getMessage(null));
                });
        return List.copyOf(findings);
    }

    /** How many arguments that are shown were looked at, so that a scan that finds nothing can prove it looked. */
    int textArguments() {
        return textArguments;
    }

    static boolean hasCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private final class FileScanner extends TreePathScanner<Void, Void> {

        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final String file;
        private final Map<String, String> imports = new HashMap<>();
        /** What each name is given, per method (or per class, for fields). */
        private final Map<Tree, Map<String, List<ExpressionTree>>> assigned = new IdentityHashMap<>();
        private final Set<Tree> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The declared type of each variable, field and parameter of the file, by name. */
        private final Map<String, String> types = new HashMap<>();

        FileScanner(CompilationUnitTree unit, SourcePositions positions) {
            this.unit = unit;
            this.positions = positions;
            String name = unit.getSourceFile().toUri().getPath();
            this.file = name.startsWith("/") ? name.substring(1) : name;
            for (ImportTree i : unit.getImports()) {
                String full = i.getQualifiedIdentifier().toString();
                imports.put(full.substring(full.lastIndexOf('.') + 1), i.isStatic() ? full.substring(0, full.lastIndexOf('.')) : full);
            }
            new Assignments().scan(unit, null);
        }

        @Override
        public Void visitNewClass(NewClassTree node, Void unused) {
            constructor(simpleName(node.getIdentifier()), fullName(node.getIdentifier()), node.getArguments());
            return super.visitNewClass(node, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            ExpressionTree select = node.getMethodSelect();
            String name = select instanceof MemberSelectTree m ? m.getIdentifier().toString() : select.toString();
            List<? extends ExpressionTree> args = node.getArguments();
            if (name.equals("super") && enclosingClass() != null && enclosingClass().getExtendsClause() != null) {
                Tree parent = enclosingClass().getExtendsClause();
                constructor(simpleName(parent), fullName(parent), args);
            } else if (TEXT_SETTER.matcher(name).matches() || TEXT_METHODS.contains(name) && !(name.equals("add") && takesNames(select))
                    || name.startsWith("set") && !I18N_FORMATS.contains(name) && texts(select)) {
                args.forEach(a -> text(a, name + "(…)", false));
            } else if (TEXT_HELPERS.contains(owner(select) + "." + name)) {
                args.forEach(a -> text(a, owner(select) + "." + name + "(…)", false));
            } else if ((name.equals("setAttribute") || name.equals("setProperty")) && args.size() == 2
                    && args.get(0) instanceof LiteralTree attribute && TEXT_ATTRIBUTES.contains(String.valueOf(attribute.getValue()))) {
                text(args.get(1), name + "(\"" + attribute.getValue() + "\", …)", false);
            } else if (GENERATORS.contains(name)) {
                for (ExpressionTree a : args) {
                    if (a instanceof LambdaExpressionTree lambda) {
                        results(lambda).forEach(r -> text(r, name + "(… -> …)", false));
                    }
                }
            }
            return super.visitMethodInvocation(node, unused);
        }

        @Override
        public Void visitAnnotation(AnnotationTree node, Void unused) {
            String type = simpleName(node.getAnnotationType());
            for (ExpressionTree a : node.getArguments()) {
                String attribute = a instanceof AssignmentTree as ? as.getVariable().toString() : "value";
                ExpressionTree value = a instanceof AssignmentTree as ? as.getExpression() : a;
                if ((type.equals("PageTitle") && attribute.equals("value")) || (type.equals("Menu") && attribute.equals("title"))
                        || attribute.equals("message")) {
                    text(value, "@" + type + "(" + attribute + ")", false);
                }
            }
            return super.visitAnnotation(node, unused);
        }

        @Override
        public Void visitLiteral(LiteralTree node, Void unused) {
            if (node.getValue() != null && !(node.getValue() instanceof Number) && !(node.getValue() instanceof Boolean)
                    && hasCyrillic(node.getValue().toString()) && reported.add(node)) {
                report(node, node.getValue().toString(), "Cyrillic in the code");
            }
            return null;
        }

        private void constructor(String simpleName, String fullName, List<? extends ExpressionTree> args) {
            boolean vaadin = fullName.startsWith("com.vaadin.flow.component.") || fullName.equals("com.vaadin.flow.router.RouterLink");
            if (!vaadin && !TEXT_CLASSES.contains(simpleName)) {
                return;
            }
            Set<Integer> technical = TECHNICAL_ARGUMENTS.getOrDefault(simpleName, Set.of());
            for (int i = 0; i < args.size(); i++) {
                if (!technical.contains(i) && !technical.contains(-1)) {
                    text(args.get(i), "new " + simpleName + "(…)", MARKUP.contains(simpleName));
                }
            }
        }

        /** Looks at an argument that is shown: every literal it is made of. */
        private void text(ExpressionTree argument, String sink, boolean markup) {
            textArguments++;
            for (LiteralTree literal : literals(argument, getCurrentPath(), Collections.newSetFromMap(new IdentityHashMap<>()))) {
                if (!(literal.getValue() instanceof String value)) {
                    continue;
                }
                String words = markup ? value.replaceAll("<[^>]*>", " ") : value;
                if ((words.codePoints().anyMatch(Character::isLetter) && !key(value) && !ALLOWED.contains(value.strip())
                        && !ADDRESS.matcher(value).matches() || hasCyrillic(value)) && reported.add(literal)) {
                    report(literal, value, sink);
                }
            }
        }

        /** The literals an expression's value is made of, through concatenation, choices, formatting and variables. */
        private List<LiteralTree> literals(ExpressionTree e, TreePath where, Set<Tree> seen) {
            List<LiteralTree> found = new ArrayList<>();
            if (e == null || !seen.add(e)) {
                return found;
            }
            switch (e) {
                case LiteralTree l -> found.add(l);
                case BinaryTree b -> {
                    found.addAll(literals(b.getLeftOperand(), where, seen));
                    found.addAll(literals(b.getRightOperand(), where, seen));
                }
                case ConditionalExpressionTree c -> {
                    found.addAll(literals(c.getTrueExpression(), where, seen));
                    found.addAll(literals(c.getFalseExpression(), where, seen));
                }
                case ParenthesizedTree p -> found.addAll(literals(p.getExpression(), where, seen));
                case TypeCastTree t -> found.addAll(literals(t.getExpression(), where, seen));
                case SwitchExpressionTree s -> {
                    for (CaseTree c : s.getCases()) {
                        if (c.getBody() instanceof ExpressionTree body) {
                            found.addAll(literals(body, where, seen));
                        } else if (c.getBody() != null) {
                            yields(c.getBody()).forEach(y -> found.addAll(literals(y, where, seen)));
                        }
                    }
                }
                case MethodInvocationTree m when m.getMethodSelect() instanceof MemberSelectTree s
                        && STRING_MAKERS.contains(s.getIdentifier().toString()) -> {
                    found.addAll(literals(((MemberSelectTree) m.getMethodSelect()).getExpression(), where, seen));
                    m.getArguments().forEach(a -> found.addAll(literals(a, where, seen)));
                }
                case IdentifierTree id -> {
                    for (TreePath p = where; p != null; p = p.getParentPath()) {
                        Map<String, List<ExpressionTree>> names = assigned.get(p.getLeaf());
                        if (names != null && names.containsKey(id.getName().toString())) {
                            names.get(id.getName().toString()).forEach(v -> found.addAll(literals(v, where, seen)));
                            break;
                        }
                    }
                }
                default -> { }
            }
            return found;
        }

        /**
         * A key of the bundles: as it is, as a bean validation message ("{validation.required}"), or the
         * start of keys completed at run time ("assessment.start." + kind).
         */
        private boolean key(String value) {
            String key = value.startsWith("{") && value.endsWith("}") ? value.substring(1, value.length() - 1) : value;
            return keys.contains(key) || key.endsWith(".") && keys.stream().anyMatch(k -> k.startsWith(key));
        }

        /**
         * Whether a setter is called on a component's texts: {@code new UploadI18N.AddFiles().setOne(…)},
         * {@code i18n.getForm().setUsername(…)} where {@code i18n} is a {@code LoginI18n}.
         */
        private boolean texts(ExpressionTree select) {
            ExpressionTree e = select instanceof MemberSelectTree m ? m.getExpression() : null;
            while (e != null) {
                switch (e) {
                    case NewClassTree n -> {
                        return n.getIdentifier().toString().toUpperCase(Locale.ROOT).contains("I18N");
                    }
                    case MethodInvocationTree call -> e = call.getMethodSelect() instanceof MemberSelectTree m ? m.getExpression() : null;
                    case MemberSelectTree m -> e = m.getExpression();
                    case ParenthesizedTree p -> e = p.getExpression();
                    case IdentifierTree id -> {
                        return types.getOrDefault(id.getName().toString(), "").toUpperCase(Locale.ROOT).contains("I18N");
                    }
                    default -> e = null;
                }
            }
            return false;
        }

        private boolean takesNames(ExpressionTree select) {
            return select instanceof MemberSelectTree m && m.getExpression() instanceof MethodInvocationTree receiver
                    && receiver.getMethodSelect() instanceof MemberSelectTree r && NAME_LISTS.contains(r.getIdentifier().toString());
        }

        /** The class a helper is called on: {@code Notifications.success(…)}, or a statically imported {@code fact(…)}. */
        private String owner(ExpressionTree select) {
            if (select instanceof MemberSelectTree m) {
                return m.getExpression() instanceof IdentifierTree id ? id.getName().toString() : "";
            }
            String owner = imports.getOrDefault(select.toString(), "");
            return owner.substring(owner.lastIndexOf('.') + 1);
        }

        private ClassTree enclosingClass() {
            for (TreePath p = getCurrentPath(); p != null; p = p.getParentPath()) {
                if (p.getLeaf() instanceof ClassTree c) {
                    return c;
                }
            }
            return null;
        }

        private String simpleName(Tree type) {
            Tree t = type instanceof ParameterizedTypeTree p ? p.getType() : type;
            String name = t.toString();
            return name.substring(name.lastIndexOf('.') + 1);
        }

        private String fullName(Tree type) {
            Tree t = type instanceof ParameterizedTypeTree p ? p.getType() : type;
            String name = t.toString();
            int dot = name.indexOf('.');
            String first = dot < 0 ? name : name.substring(0, dot);
            // An imported class, a nested class of one (DatePicker.DatePickerI18n), or a name written out in full.
            return imports.containsKey(first) ? imports.get(first) + (dot < 0 ? "" : name.substring(dot)) : name;
        }

        private void report(Tree tree, String text, String sink) {
            long line = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, tree));
            findings.add(new Finding(file, line, text, sink));
        }

        /** Records what each variable is given, in the method (or, for fields, the class) it belongs to. */
        private final class Assignments extends TreePathScanner<Void, Void> {

            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                if (node.getType() != null) {
                    types.put(node.getName().toString(), node.getType().toString());
                }
                if (node.getInitializer() != null) {
                    put(node.getName().toString(), node.getInitializer());
                }
                return super.visitVariable(node, unused);
            }

            @Override
            public Void visitAssignment(AssignmentTree node, Void unused) {
                put(node.getVariable().toString().replaceFirst("^this\\.", ""), node.getExpression());
                return super.visitAssignment(node, unused);
            }

            @Override
            public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
                put(node.getVariable().toString().replaceFirst("^this\\.", ""), node.getExpression());
                return super.visitCompoundAssignment(node, unused);
            }

            private void put(String name, ExpressionTree value) {
                for (TreePath p = getCurrentPath(); p != null; p = p.getParentPath()) {
                    if (p.getLeaf() instanceof MethodTree || p.getLeaf() instanceof ClassTree) {
                        assigned.computeIfAbsent(p.getLeaf(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                        return;
                    }
                }
            }
        }
    }

    /** What a lambda gives back: its expression, or what its block returns. */
    private static List<ExpressionTree> results(LambdaExpressionTree lambda) {
        if (lambda.getBody() instanceof ExpressionTree e) {
            return List.of(e);
        }
        List<ExpressionTree> results = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitReturn(ReturnTree node, Void unused) {
                results.add(node.getExpression());
                return null;
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null;
            }
        }.scan((BlockTree) lambda.getBody(), null);
        return results;
    }

    /** What a switch case's block yields. */
    private static List<ExpressionTree> yields(Tree body) {
        List<ExpressionTree> values = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitYield(YieldTree node, Void unused) {
                values.add(node.getValue());
                return null;
            }

            @Override
            public Void visitSwitchExpression(SwitchExpressionTree node, Void unused) {
                return null;
            }
        }.scan(body, null);
        return values;
    }
}
