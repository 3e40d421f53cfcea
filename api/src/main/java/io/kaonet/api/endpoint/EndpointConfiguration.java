package io.kaonet.api.endpoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link GraphQlHttpRequests} on {@code /graphql}, after the security filters. */
@Configuration(proxyBeanMethods = false)
class EndpointConfiguration {

    @Bean
    FilterRegistrationBean<GraphQlHttpRequests> graphQlHttpRequests(ObjectMapper json) {
        FilterRegistrationBean<GraphQlHttpRequests> registration = new FilterRegistrationBean<>(new GraphQlHttpRequests(json));
        registration.addUrlPatterns(GraphQlHttpRequests.PATH);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
