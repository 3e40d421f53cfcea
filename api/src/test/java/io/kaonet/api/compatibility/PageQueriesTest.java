package io.kaonet.api.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ParseAndValidate;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages under {@code static/} are the first consumers of the public schema: every GraphQL
 * document their scripts hold must be valid against the schema files and use nothing marked
 * {@code @deprecated} (field, argument or enum value). Read from the scripts themselves, without a
 * browser: each string or template literal is taken with its {@code ${…}} parts filled in from the
 * constants of the scripts (a string {@code const X = `…`}, a number {@code const PAGE = 100;}, an
 * array of strings joined, {@code ${FIELDS.join(' ')}} or {@code ${[...A, ...B].join(' ')}}), and the
 * ones that parse as GraphQL operations are checked. A piece of a query ({@code { edges { node { actor
 * { id } } } }}) must fit some type and must not need a deprecated field on every type it fits.
 *
 * <p>A document built at run time from values that are not constants cannot be read this way; each
 * such operation is named in {@link #BUILT_AT_RUN_TIME} with where its parts are, so that a new one
 * fails this test until someone looks at it.
 */
class PageQueriesTest {

    private static final Path STATIC = Path.of("src/main/resources/static");

    /**
     * Operations whose text is assembled at run time, and why they are still safe: their field
     * selections are constants of the same script (checked by hand against the schema and by
     * MapPageIT), or are built by {@code map/schema.js} from an introspection without deprecated fields.
     */
    private static final Map<String, String> BUILT_AT_RUN_TIME = Map.of(
            "Highlight", "map/highlights.js: a Network field of HIGHLIGHTS (its selection ACTOR_IDS or TIE_ENDS), "
                    + "or one chosen by introspection, which lists no deprecated field");

    private static final Pattern CONSTANT = Pattern.compile("(?:export\\s+)?const\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*$");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern NUMBER = Pattern.compile("(?:export\\s+)?const\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*(-?\\d+)\\s*;");
    private static final Pattern ARRAY = Pattern.compile(
            "(?:export\\s+)?const\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*\\[([^\\]]*)\\]\\s*;");
    private static final Pattern ARRAY_ELEMENT = Pattern.compile("\\s*'([^'\\\\]*)'\\s*,?|\\s*\"([^\"\\\\]*)\"\\s*,?");
    private static final Pattern JOIN = Pattern.compile("(\\[[^\\]]*\\]|[A-Za-z_$][\\w$]*)\\.join\\('([^']*)'\\)");
    private static final Pattern SPREAD = Pattern.compile("\\s*\\.\\.\\.([A-Za-z_$][\\w$]*)\\s*,?");
    private static final Pattern OPERATION_NAME = Pattern.compile("\\b(?:query|mutation|subscription)\\s+([A-Za-z_]\\w*)");

    /** A literal of a script: its text, with each {@code ${…}} part kept as an {@link Expression}. */
    record Literal(Path file, int line, String constant, List<Object> parts) {
    }

    /** The code inside a template literal's {@code ${…}}. */
    record Expression(String code) {
    }

    /** A number or an array of strings a script declares as a constant. */
    record Value(Path file, String name, String number, List<String> strings) {
    }

    /** Every constant the scripts declare: strings (as literals), numbers and arrays of strings. */
    record Constants(Map<String, List<Literal>> strings, Map<String, List<Value>> values) {

        /** A constant of the same script first, else the one constant of that name in any script (an import). */
        static <T> T pick(List<T> candidates, java.util.function.Predicate<T> sameFile) {
            return candidates.stream().filter(sameFile).findFirst().orElse(candidates.size() == 1 ? candidates.get(0) : null);
        }
    }

    @Test
    void everyQueryOfThePagesIsValidAndUsesNoDeprecatedField() throws IOException {
        GraphQLSchema schema = SchemaDescriptionsTest.schemaFiles();
        List<Literal> literals = new ArrayList<>();
        Map<String, List<Value>> values = new HashMap<>();
        try (Stream<Path> files = Files.walk(STATIC)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                literals.addAll(new Scanner(file, text).literals());
                values(file, text).forEach(v -> values.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(v));
            }
        }
        Map<String, List<Literal>> strings = new HashMap<>();
        literals.stream().filter(l -> l.constant() != null)
                .forEach(l -> strings.computeIfAbsent(l.constant(), k -> new ArrayList<>()).add(l));
        Constants constants = new Constants(strings, values);

        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        Set<String> unresolved = new TreeSet<>();
        Set<String> operations = new TreeSet<>();
        for (Literal literal : literals) {
            String text = resolve(literal, constants, 0);
            String where = STATIC.relativize(literal.file()) + ":" + literal.line();
            if (text == null) {
                Matcher name = OPERATION_NAME.matcher(raw(literal));
                if (name.find()) {
                    unresolved.add(name.group(1));
                }
                continue;
            }
            Document document = operations(text);
            if (document == null) {
                continue;
            }
            checked.add(where);
            document.getDefinitionsOfType(OperationDefinition.class).stream().map(OperationDefinition::getName)
                    .filter(java.util.Objects::nonNull).forEach(operations::add);
            List<ValidationError> errors = ParseAndValidate.validate(schema, document);
            if (errors.isEmpty()) {
                DeprecatedUsage.in(schema, document, Map.of())
                        .forEach(d -> problems.add(where + " uses the deprecated " + d));
            } else if (isSelectionOnly(document)) {
                problems.addAll(checkPiece(schema, text.strip(), where));
            } else {
                errors.forEach(e -> problems.add(where + " is not valid: " + e.getDescription()));
            }
        }

        assertThat(problems).as("page queries against the schema").isEmpty();
        assertThat(unresolved).as("operations built at run time (see BUILT_AT_RUN_TIME)")
                .isEqualTo(BUILT_AT_RUN_TIME.keySet());
        // The scan must find the pages' documents, or it proves nothing: the map's and the workspace's
        // main queries are among them.
        assertThat(operations).contains("Map", "Ego", "Column", "Isolated", "Log", "Files", "Actor");
        assertThat(checked).hasSizeGreaterThanOrEqualTo(20);
    }

    /** Whether the document is one anonymous query without variables, i.e. may be a piece of a larger one. */
    private static boolean isSelectionOnly(Document document) {
        return document.getDefinitions().size() == 1
                && document.getDefinitions().get(0) instanceof OperationDefinition operation
                && operation.getName() == null && operation.getVariableDefinitions().isEmpty();
    }

    /**
     * A selection a page puts inside a larger query at run time ({@code { edges { node { actor { id } } } }}):
     * it must fit some type of the schema, and it fails when every type it fits reads it through a
     * deprecated field (the piece then cannot be used without one).
     */
    private static List<String> checkPiece(GraphQLSchema schema, String selection, String where) {
        Map<String, List<String>> deprecatedByType = new TreeMap<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType) || type.getName().startsWith("__")) {
                continue;
            }
            Document fragment = Parser.parse("fragment Piece on " + type.getName() + " " + selection);
            boolean fits = ParseAndValidate.validate(schema, fragment).stream()
                    .allMatch(e -> e.getValidationErrorType() == ValidationErrorType.UnusedFragment);
            if (fits) {
                FragmentDefinition piece = (FragmentDefinition) fragment.getDefinitions().get(0);
                deprecatedByType.put(type.getName(),
                        DeprecatedUsage.inSelection(schema, piece.getSelectionSet(), (GraphQLCompositeType) type));
            }
        }
        if (deprecatedByType.isEmpty()) {
            return List.of(where + " fits no type of the schema: " + selection);
        }
        if (deprecatedByType.values().stream().allMatch(d -> !d.isEmpty())) {
            return List.of(where + " uses a deprecated field on every type it fits: " + deprecatedByType);
        }
        return List.of();
    }

    /** The literal's text with its constant parts filled in, or null when a part is not a constant. */
    private static String resolve(Literal literal, Constants constants, int depth) {
        StringBuilder out = new StringBuilder();
        for (Object part : literal.parts()) {
            if (part instanceof String s) {
                out.append(s);
                continue;
            }
            String value = depth > 5 ? null : evaluate(((Expression) part).code().trim(), literal.file(), constants, depth);
            if (value == null) {
                return null;
            }
            out.append(value);
        }
        return out.toString();
    }

    /** The value of a {@code ${…}} part made of constants, or null. */
    private static String evaluate(String code, Path file, Constants constants, int depth) {
        if (IDENTIFIER.matcher(code).matches()) {
            Literal string = Constants.pick(constants.strings().getOrDefault(code, List.of()), c -> c.file().equals(file));
            if (string != null) {
                return resolve(string, constants, depth + 1);
            }
            Value number = Constants.pick(constants.values().getOrDefault(code, List.of()), v -> v.file().equals(file));
            return number == null ? null : number.number();
        }
        Matcher join = JOIN.matcher(code);
        if (!join.matches()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        String target = join.group(1);
        if (target.startsWith("[")) {
            Matcher spread = SPREAD.matcher(target.substring(1, target.length() - 1));
            int end = 0;
            while (spread.lookingAt()) {
                names.add(spread.group(1));
                end = spread.end();
                spread.region(end, spread.regionEnd());
            }
            if (end != target.length() - 2) {
                return null;
            }
        } else {
            names.add(target);
        }
        List<String> elements = new ArrayList<>();
        for (String name : names) {
            Value array = Constants.pick(constants.values().getOrDefault(name, List.of()), v -> v.file().equals(file));
            if (array == null || array.strings() == null) {
                return null;
            }
            elements.addAll(array.strings());
        }
        return String.join(join.group(2), elements);
    }

    /** The number constants and the constant arrays of string literals of a script. */
    private static List<Value> values(Path file, String text) {
        List<Value> out = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            out.add(new Value(file, number.group(1), number.group(2), null));
        }
        Matcher array = ARRAY.matcher(text);
        while (array.find()) {
            List<String> strings = new ArrayList<>();
            Matcher element = ARRAY_ELEMENT.matcher(array.group(2));
            int end = 0;
            while (element.lookingAt()) {
                strings.add(element.group(1) != null ? element.group(1) : element.group(2));
                end = element.end();
                element.region(end, element.regionEnd());
            }
            if (array.group(2).substring(end).isBlank()) {
                out.add(new Value(file, array.group(1), null, List.copyOf(strings)));
            }
        }
        return out;
    }

    private static String raw(Literal literal) {
        StringBuilder out = new StringBuilder();
        literal.parts().forEach(p -> out.append(p instanceof String s ? s : "${}"));
        return out.toString();
    }

    /** The text as a GraphQL document of operations (and fragments), or null when it is not one. */
    private static Document operations(String text) {
        String trimmed = text.strip();
        if (!(trimmed.startsWith("{") || OPERATION_NAME.matcher(trimmed).lookingAt()
                || trimmed.startsWith("query") || trimmed.startsWith("mutation"))) {
            return null;
        }
        try {
            Document document = Parser.parse(trimmed);
            List<Definition> definitions = document.getDefinitions();
            boolean operations = !definitions.isEmpty() && definitions.stream()
                    .allMatch(d -> d instanceof OperationDefinition || d instanceof FragmentDefinition)
                    && definitions.stream().anyMatch(d -> d instanceof OperationDefinition);
            return operations ? document : null;
        } catch (InvalidSyntaxException e) {
            return null;
        }
    }

    /**
     * Finds the string and template literals of a script, skipping comments and regular expressions.
     * Not a JavaScript parser: it knows just enough of the lexical grammar (strings, templates with
     * nested {@code ${…}}, comments, regular-expression literals) for the pages' own scripts, which is
     * why it is written here rather than taken from a library (none on Maven Central is small and
     * kept for plain ES modules).
     */
    static final class Scanner {

        private static final String BEFORE_REGEX = "(,=:[!&|?{};+-*%<>~^";

        private final Path file;
        private final String text;
        private final List<Literal> found = new ArrayList<>();
        private int i;

        Scanner(Path file, String text) {
            this.file = file;
            this.text = text;
        }

        List<Literal> literals() {
            scanCode(false);
            return found;
        }

        /** Scans code up to the end, or (inside {@code ${…}}) to the brace that closes it. */
        private void scanCode(boolean inExpression) {
            int depth = 0;
            char previous = ';';
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '/' && next() == '/') {
                    i = text.indexOf('\n', i) < 0 ? text.length() : text.indexOf('\n', i);
                } else if (c == '/' && next() == '*') {
                    int end = text.indexOf("*/", i + 2);
                    i = end < 0 ? text.length() : end + 2;
                } else if (c == '/' && BEFORE_REGEX.indexOf(previous) >= 0) {
                    skipRegex();
                    previous = 'x';
                } else if (c == '\'' || c == '"' || c == '`') {
                    int start = i;
                    Literal literal = c == '`' ? template(start) : string(start, c);
                    found.add(literal);
                    previous = 'x';
                } else {
                    if (c == '{') {
                        depth++;
                    } else if (c == '}') {
                        if (inExpression && depth == 0) {
                            return;
                        }
                        depth--;
                    }
                    if (!Character.isWhitespace(c)) {
                        previous = Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == ')' || c == ']' ? 'x' : c;
                    }
                    i++;
                }
            }
        }

        private char next() {
            return i + 1 < text.length() ? text.charAt(i + 1) : 0;
        }

        private void skipRegex() {
            boolean inClass = false;
            i++;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '\n') {
                    return;
                }
                if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                } else if (c == '/' && !inClass) {
                    i++;
                    return;
                }
                i++;
            }
        }

        private Literal string(int start, char quote) {
            StringBuilder value = new StringBuilder();
            i++;
            while (i < text.length() && text.charAt(i) != quote) {
                i = escapeOrChar(value);
            }
            i++;
            return new Literal(file, line(start), constantBefore(start), List.of(value.toString()));
        }

        private Literal template(int start) {
            List<Object> parts = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            i++;
            while (i < text.length() && text.charAt(i) != '`') {
                if (text.charAt(i) == '$' && next() == '{') {
                    parts.add(value.toString());
                    value.setLength(0);
                    i += 2;
                    int from = i;
                    int before = found.size();
                    scanCode(true);
                    // Literals nested in the expression are parts of it, not documents of their own.
                    found.subList(before, found.size()).clear();
                    parts.add(new Expression(text.substring(from, Math.min(i, text.length()))));
                    i++;
                } else {
                    i = escapeOrChar(value);
                }
            }
            i++;
            parts.add(value.toString());
            return new Literal(file, line(start), constantBefore(start), List.copyOf(parts));
        }

        private int escapeOrChar(StringBuilder value) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char e = text.charAt(i + 1);
                value.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> e;
                });
                return i + 2;
            }
            value.append(c);
            return i + 1;
        }

        private String constantBefore(int start) {
            int from = Math.max(0, start - 200);
            Matcher m = CONSTANT.matcher(text.substring(from, start));
            return m.find() ? m.group(1) : null;
        }

        private int line(int offset) {
            return 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        }
    }
}
