package io.kaonet.api.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A bearer token: before authentication it holds the presented token; after, the {@link Caller} it
 * stands for, with authorities {@code ROLE_<role>} for its role and every role it includes (so that
 * {@code hasRole('COORDINATOR')} holds for an ADMIN as well).
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final transient Caller caller;
    private String token;

    private ApiTokenAuthentication(String token, Caller caller, List<GrantedAuthority> authorities) {
        super(authorities);
        this.token = token;
        this.caller = caller;
        setAuthenticated(caller != null);
    }

    /** A token as presented, not yet checked. */
    static ApiTokenAuthentication presented(String token) {
        return new ApiTokenAuthentication(token, null, List.of());
    }

    /** A checked token's caller. */
    static ApiTokenAuthentication authenticated(Caller caller) {
        List<GrantedAuthority> authorities = Arrays.stream(Role.values())
                .filter(caller.role()::includes)
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
        return new ApiTokenAuthentication(null, caller, authorities);
    }

    Caller caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return caller == null ? null : caller.name();
    }

    @Override
    public void eraseCredentials() {
        token = null;
        super.eraseCredentials();
    }
}
