package io.kaonet.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * HTTP security: bearer API tokens, no sessions, no cookies (so no CSRF), CORS from
 * {@code kaonet.cors.*}. Authorisation of GraphQL fields happens inside GraphQL (see
 * {@link FieldAuthorization}); over HTTP only the actuator endpoints other than health and info need
 * the ADMIN role, and everything else (the GraphQL endpoint, GraphiQL, static pages) is open.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);
    static final String GENERATED_TOKEN_NAME = "generated-admin";

    @Bean
    ApiTokens apiTokens(SecuritySettings settings) {
        ApiTokens tokens = ApiTokens.of(settings.tokens());
        if (tokens.isEmpty() && settings.generateAdminToken()) {
            String token = ApiTokens.newToken();
            tokens = tokens.with(new TokenSettings(GENERATED_TOKEN_NAME, Role.ADMIN, ApiTokens.hash(token)));
            LOG.warn("""
                    No API tokens are configured (kaonet.security.tokens). For this run only, the ADMIN token is
                        {}
                    Send it as 'Authorization: Bearer <token>'. To configure tokens, see docs/graphql.md#authentication.""",
                    token);
        } else {
            LOG.info("{} API token(s) configured; anonymous reads {}", tokens.size(),
                    settings.anonymousRead() ? "allowed" : "refused");
        }
        return tokens;
    }

    @Bean
    ApiTokenAuthenticationProvider apiTokenAuthenticationProvider(ApiTokens tokens) {
        return new ApiTokenAuthenticationProvider(tokens);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenAuthenticationProvider provider, CorsSettings cors,
                                    SecuritySettings settings, ObjectMapper json) throws Exception {
        JsonRefusals refusals = new JsonRefusals(json);
        AuthenticationManager manager = new ProviderManager(provider);
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(c -> c.configurationSource(corsSource(cors)))
                .addFilterBefore(new BearerTokenFilter(manager, refusals), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        // The printed schema is a read like any other: it follows anonymous-read.
                        .requestMatchers("/graphql/schema").access((auth, context) -> new AuthorizationDecision(
                                settings.anonymousRead() || auth.get() instanceof ApiTokenAuthentication))
                        .anyRequest().permitAll())
                .build();
    }

    private static CorsConfigurationSource corsSource(CorsSettings settings) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (settings.allowedOrigins().isEmpty()) {
            return source;
        }
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(settings.allowedOrigins());
        config.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name(),
                HttpMethod.OPTIONS.name()));
        config.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
                HttpHeaders.ACCEPT));
        config.setAllowCredentials(false);
        config.setMaxAge(settings.maxAge());
        source.registerCorsConfiguration("/**", config);
        return source;
    }
}
