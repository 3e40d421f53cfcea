package io.kaonet.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaonet.api.errors.ErrorCode;
import io.kaonet.api.errors.HttpErrorBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * HTTP-level refusals (a bad token; an actuator endpoint without the ADMIN role), written as a
 * GraphQL-shaped JSON body with the same {@code classification} and {@code code} extensions as errors
 * inside GraphQL responses, so a client needs one error parser.
 */
final class JsonRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    JsonRefusals(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, presented ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, presented ? ErrorCode.INVALID_TOKEN : ErrorCode.UNAUTHENTICATED,
                presented ? e.getMessage() : "this endpoint needs credentials: send Authorization: Bearer <token>");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, ErrorCode.FORBIDDEN,
                "the token's role does not allow " + request.getRequestURI());
    }

    private void write(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
        HttpErrorBody.write(json, response, status, code, message);
    }
}
