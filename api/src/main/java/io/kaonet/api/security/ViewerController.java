package io.kaonet.api.security;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.viewer}: the caller as {@link CallerInterceptor} put it into the request's context. */
@Controller
class ViewerController {

    private final boolean anonymousRead;

    ViewerController(SecuritySettings settings) {
        this.anonymousRead = settings.anonymousRead();
    }

    /** The caller and what it may write; writes follow the same rule as {@link FieldAuthorization}. */
    record Viewer(String name, Role role, boolean authenticated, boolean mayRecordIntroductions, boolean mayImport,
                  boolean mayUploadMemberLists) {

        static Viewer of(Caller caller) {
            return new Viewer(caller.name(), caller.role(), caller.authenticated(),
                    caller.may(Role.COORDINATOR, true), caller.may(Role.ADMIN, true), caller.may(Role.COORDINATOR, true));
        }
    }

    @QueryMapping
    Viewer viewer(GraphQLContext context) {
        return Viewer.of(context.getOrDefault(Caller.class, Caller.anonymous(anonymousRead)));
    }
}
