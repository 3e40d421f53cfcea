package io.kaonet.api.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.kaonet.api.errors.ErrorCode;
import io.kaonet.api.errors.HttpErrorBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The edge of {@code /graphql} over HTTP, before Spring for GraphQL reads the request:
 * <ul>
 * <li>{@code GET /graphql?query=…&variables=…&operationName=…} runs a query (GraphQL over HTTP): it is
 * handed on as the equivalent POST, so limits, roles, errors and time-outs are the same. A mutation
 * sent with GET is refused with 405 ({@code METHOD_NOT_ALLOWED}), since GET must not change
 * anything.</li>
 * <li>A POST whose body is not a JSON object with a string {@code query} is refused with 400 and a
 * GraphQL-shaped error ({@code BAD_REQUEST_BODY}) instead of Spring's default error page.</li>
 * </ul>
 * Written as a filter because Spring for GraphQL's HTTP handler offers no hook for either.
 */
public class GraphQlHttpRequests extends OncePerRequestFilter {

    static final String PATH = "/graphql";
    private final ObjectMapper json;

    public GraphQlHttpRequests(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod())) {
            get(request, response, chain);
        } else if ("POST".equals(request.getMethod())) {
            post(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void get(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getParameter("query");
        if (query == null) {
            refuse(response, 400, ErrorCode.BAD_REQUEST_BODY, "GET /graphql needs the query in the 'query' parameter");
            return;
        }
        ObjectNode body = json.createObjectNode();
        body.put("query", query);
        String operationName = request.getParameter("operationName");
        if (operationName != null && !operationName.isEmpty()) {
            body.put("operationName", operationName);
        }
        for (String name : List.of("variables", "extensions")) {
            String value = request.getParameter(name);
            if (value != null && !value.isEmpty()) {
                JsonNode parsed = parse(value);
                if (parsed == null || !parsed.isObject()) {
                    refuse(response, 400, ErrorCode.BAD_REQUEST_BODY, "the '" + name + "' parameter is not a JSON object");
                    return;
                }
                body.set(name, parsed);
            }
        }
        if (isMutation(query, operationName)) {
            response.setHeader(HttpHeaders.ALLOW, "POST");
            refuse(response, 405, ErrorCode.METHOD_NOT_ALLOWED, "a mutation must be sent with POST; GET runs queries only");
            return;
        }
        chain.doFilter(new JsonPost(request, json.writeValueAsBytes(body)), response);
    }

    private void post(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] bytes = request.getInputStream().readAllBytes();
        JsonNode parsed = parse(new String(bytes, StandardCharsets.UTF_8));
        if (parsed == null || !parsed.isObject()) {
            refuse(response, 400, ErrorCode.BAD_REQUEST_BODY, "the request body is not a JSON object "
                    + "{\"query\": \"…\", \"variables\": {…}, \"operationName\": \"…\"}");
            return;
        }
        if (!parsed.path("query").isTextual()) {
            refuse(response, 400, ErrorCode.BAD_REQUEST_BODY, "the request body has no 'query' string");
            return;
        }
        chain.doFilter(new JsonPost(request, bytes), response);
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Whether the operation GET would run is a mutation; a document that does not parse is left to GraphQL. */
    private static boolean isMutation(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return false;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(o -> operationName == null || operationName.isEmpty() || operationName.equals(o.getName()))
                .anyMatch(o -> o.getOperation() == OperationDefinition.Operation.MUTATION);
    }

    private void refuse(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
        HttpErrorBody.write(json, response, status, code, message);
    }

    /** The request as a POST of a JSON body (already read, or built from GET's parameters). */
    private static final class JsonPost extends HttpServletRequestWrapper {

        private static final Set<String> REPLACED = Set.of("content-type", "content-length", "accept");
        private final byte[] body;

        JsonPost(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public String getMethod() {
            return "POST";
        }

        @Override
        public String getContentType() {
            return MediaType.APPLICATION_JSON_VALUE;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getHeader(String name) {
            return switch (name.toLowerCase()) {
                case "content-type" -> getContentType();
                case "content-length" -> String.valueOf(body.length);
                case "accept" -> accept();
                default -> super.getHeader(name);
            };
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return REPLACED.contains(name.toLowerCase()) ? Collections.enumeration(List.of(getHeader(name)))
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            names.addAll(Collections.list(super.getHeaderNames()));
            names.addAll(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH, HttpHeaders.ACCEPT));
            return Collections.enumeration(names);
        }

        /** A browser's GET accepts text/html first; the answer is JSON whatever it asked. */
        private String accept() {
            String accept = super.getHeader(HttpHeaders.ACCEPT);
            return accept != null && (accept.contains("application/json") || accept.contains("application/graphql-response+json"))
                    ? accept : MediaType.APPLICATION_JSON_VALUE;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
