package io.kaonet.api.matchmaking;

import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.introductions.IntroductionLog;
import io.kaonet.queries.matchmaking.RankingStore;
import io.kaonet.queries.projection.Projections;
import io.kaonet.queries.reads.StoreQueries;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the introduction log and the networks' fitted rankings over the application's one database connection. */
@Configuration(proxyBeanMethods = false)
public class MatchmakingConfiguration {

    @Bean
    IntroductionLog introductionLog(Neo4jConnection connection) {
        return new IntroductionLog(connection);
    }

    @Bean(destroyMethod = "close")
    NetworkRankings networkRankings(Projections projections, Neo4jConnection connection, StoreQueries storeQueries) {
        return new NetworkRankings(projections, new RankingStore(connection), storeQueries);
    }

    @Bean(destroyMethod = "close")
    RankingRefits rankingRefits(NetworkRankings rankings,
                                @Value("${kaonet.matchmaking.refit-interval:PT1M}") Duration interval) {
        return new RankingRefits(rankings, interval);
    }
}
