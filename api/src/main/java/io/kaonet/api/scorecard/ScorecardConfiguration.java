package io.kaonet.api.scorecard;

import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.indicators.IndicatorStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the indicator store, with its constraint installed. */
@Configuration(proxyBeanMethods = false)
public class ScorecardConfiguration {

    @Bean
    IndicatorStore indicatorStore(Neo4jConnection connection) {
        IndicatorStore.installSchema(connection);
        return new IndicatorStore(connection);
    }
}
