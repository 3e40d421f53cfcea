package io.kaonet.api.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * An HTTP-level refusal (before GraphQL runs) written as a GraphQL-shaped JSON body, with the same
 * {@code classification} and {@code code} extensions as errors inside GraphQL responses, so that a
 * client needs one error parser.
 */
public final class HttpErrorBody {

    private HttpErrorBody() {
    }

    /** Writes {@code {"errors": [{"message", "extensions": {"classification", "code"}}]}} with the status. */
    public static void write(ObjectMapper json, HttpServletResponse response, int status, ErrorCode code, String message)
            throws IOException {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("classification", code.classification().toSpecification(null));
        extensions.putAll(code.extensions(Map.of()));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(),
                Map.of("errors", List.of(Map.of("message", message, "extensions", extensions))));
    }
}
