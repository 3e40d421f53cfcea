package io.kaonet.api.matchmaking;

import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.introductions.IntroductionLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the introduction log over the application's one database connection. */
@Configuration(proxyBeanMethods = false)
public class MatchmakingConfiguration {

    @Bean
    IntroductionLog introductionLog(Neo4jConnection connection) {
        return new IntroductionLog(connection);
    }
}
