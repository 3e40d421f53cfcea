package io.kaonet.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who sends a GraphQL request, as the authorisation check sees it.
 *
 * @param name          the token's configured name, or {@code anonymous}
 * @param role          the token's role; for an anonymous caller {@link Role#VIEWER} when anonymous reads
 *                      are allowed, otherwise null
 * @param authenticated whether the request carried a valid token
 */
public record Caller(String name, Role role, boolean authenticated) {

    /** The caller of a request without credentials. */
    public static Caller anonymous(boolean anonymousRead) {
        return new Caller("anonymous", anonymousRead ? Role.VIEWER : null, false);
    }

    /** The caller of the current HTTP request, as Spring Security authenticated its bearer token. */
    public static Caller current(boolean anonymousRead) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiTokenAuthentication token && token.isAuthenticated()) {
            return token.caller();
        }
        return anonymous(anonymousRead);
    }

    /**
     * Whether this caller may use a field.
     *
     * @param required the role the field needs
     * @param write    whether the field is a write (a root field of Mutation); anonymous callers never write,
     *                 whatever role the field states
     */
    public boolean may(Role required, boolean write) {
        if (role == null || !authenticated && (write || required != Role.VIEWER)) {
            return false;
        }
        return role.includes(required);
    }
}
