package io.kaonet.api.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cross-origin settings for browser front ends on other origins, {@code kaonet.cors.*}.
 *
 * @param allowedOrigins origins such as {@code https://map.example.org} whose pages may call the API;
 *                       empty (the default) allows none; {@code *} allows all
 * @param maxAge         how long browsers may cache a pre-flight answer
 */
@ConfigurationProperties("kaonet.cors")
public record CorsSettings(List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {

    public CorsSettings {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
