package io.kaonet.api.security;

import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the request's {@link Caller} into the GraphQL context (key {@code Caller.class}), where
 * {@link FieldAuthorization} reads it before the operation runs.
 */
@Component
@Order(0)
class CallerInterceptor implements WebGraphQlInterceptor {

    private final boolean anonymousRead;

    CallerInterceptor(SecuritySettings settings) {
        this.anonymousRead = settings.anonymousRead();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Caller caller = Caller.current(anonymousRead);
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Caller.class, caller)).build());
        return chain.next(request);
    }
}
