package io.kaonet.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access control settings, {@code kaonet.security.*}.
 *
 * @param anonymousRead      whether requests without a token may read (never write)
 * @param generateAdminToken whether a start without any configured token creates a random ADMIN token for
 *                           that run and logs it once
 * @param tokens             the accepted tokens, by hash
 */
@ConfigurationProperties("kaonet.security")
public record SecuritySettings(@DefaultValue("true") boolean anonymousRead,
                               @DefaultValue("true") boolean generateAdminToken,
                               List<TokenSettings> tokens) {

    public SecuritySettings {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
    }
}
