package io.kaonet.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.kaonet.api.compatibility.DeprecatedUsage;
import io.kaonet.api.support.ApiIntegrationTest;
import io.kaonet.api.support.RawGraphQl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every GraphQL example of {@code docs/graphql.md} and {@code docs/graphql/*.md} runs against the
 * demo network: it is valid, uses no deprecated field, argument or enum value, and (for queries) answers
 * without error. Where the guide shows the whole answer, the data must be the same; an example
 * whose answer shows errors must fail with the same codes. Mutations are checked, not run.
 *
 * <p>{@code -Dkaonet.updateDocExamples=true} writes each whole answer back from this run, after a
 * deliberate change (e.g. a renamed field).
 */
class DocumentedExamplesIT extends ApiIntegrationTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "```graphql\\n(.*?)```(\\s*\\n(?:Variables: `(\\{.*?\\})`\\s*\\n)?\\s*```json\\n(.*?)```)?", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The guides' JSON layout: two-space indents, "key": value, one array element per line. */
    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    static {
        LAYOUT.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    }

    @Autowired
    GraphQlSource source;

    @Autowired
    WebTestClient http;

    record Example(Path file, int line, String document, Map<String, Object> variables, String answer, int answerStart,
                   int answerEnd) {
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedExampleRuns() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("..", "docs", "graphql.md"));
        try (Stream<Path> pages = Files.list(Path.of("..", "docs", "graphql"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<Example> examples = examples(file, text);
            for (Example example : examples) {
                tests.add(DynamicTest.dynamicTest(file.getFileName() + ":" + example.line(), () -> check(example)));
            }
            if (Boolean.getBoolean("kaonet.updateDocExamples")) {
                tests.add(DynamicTest.dynamicTest(file.getFileName() + " rewritten", () -> rewrite(file, examples)));
            }
        }
        return tests.stream();
    }

    private static List<Example> examples(Path file, String text) throws JsonProcessingException {
        List<Example> out = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(text);
        while (m.find()) {
            String document = m.group(1);
            if (!executable(document)) {
                continue;
            }
            Map<String, Object> variables = m.group(3) == null ? Map.of() : JSON.readValue(m.group(3), Map.class);
            int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            out.add(new Example(file, line, document, variables, m.group(4), m.group(4) == null ? -1 : m.start(4),
                    m.group(4) == null ? -1 : m.end(4)));
        }
        return out;
    }

    /** Whether a block is an operation (not a piece of schema, which the guides show too). */
    private static boolean executable(String block) {
        try {
            Document document = Parser.parse(block);
            return !document.getDefinitions().isEmpty()
                    && document.getDefinitions().stream().allMatch(d -> d instanceof OperationDefinition);
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    private void check(Example example) throws IOException {
        GraphQLSchema schema = source.schema();
        Document document = Parser.parse(example.document());
        List<ValidationError> invalid = ParseAndValidate.validate(schema, document);
        assertThat(invalid).as("%s:%d is not valid", example.file(), example.line()).isEmpty();
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        if (operation.getVariableDefinitions().isEmpty() || !example.variables().isEmpty()) {
            // (An example whose variables the guide gives in prose is only validated.)
            assertThat(DeprecatedUsage.in(schema, document, example.variables()))
                    .as("%s:%d uses deprecated fields", example.file(), example.line()).isEmpty();
        }
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return;
        }
        RawGraphQl.Answer answer = new RawGraphQl(http).post(null, example.document(), example.variables());
        JsonNode documented = parse(example.answer());
        boolean documentedErrors = documented != null && documented.has("errors");
        if (documentedErrors) {
            assertThat(codes(JSON.valueToTree(answer.body())))
                    .as("%s:%d error codes", example.file(), example.line()).isEqualTo(codes(documented));
            return;
        }
        assertThat(answer.errors()).as("%s:%d errors", example.file(), example.line()).isEmpty();
        if (documented != null && documented.has("data") && !Boolean.getBoolean("kaonet.updateDocExamples")) {
            assertThat((JsonNode) JSON.valueToTree(answer.data()))
                    .as("%s:%d answer (refresh with -Dkaonet.updateDocExamples=true)", example.file(), example.line())
                    .isEqualTo(documented.get("data"));
        }
    }

    private static List<String> codes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.path("errors").forEach(e -> codes.add(e.path("extensions").path("code").asText()));
        return codes;
    }

    private static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() && (node.has("data") || node.has("errors")) ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Writes each whole answer (one that parsed as a response) back from this run, last first. */
    private void rewrite(Path file, List<Example> examples) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (int i = examples.size() - 1; i >= 0; i--) {
            Example example = examples.get(i);
            OperationDefinition operation = Parser.parse(example.document())
                    .getDefinitionsOfType(OperationDefinition.class).get(0);
            if (parse(example.answer()) == null || operation.getOperation() != OperationDefinition.Operation.QUERY) {
                continue;
            }
            RawGraphQl.Answer answer = new RawGraphQl(http).post(null, example.document(), example.variables());
            text = text.substring(0, example.answerStart()) + JSON.writer(LAYOUT).writeValueAsString(answer.body()) + "\n"
                    + text.substring(example.answerEnd());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
