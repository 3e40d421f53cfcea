package io.kaonet.api.config;

import io.kaonet.api.jobs.CacheSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.connection.Neo4jSettings;
import io.kaonet.queries.projection.ProjectionReader;
import io.kaonet.queries.projection.Projections;
import io.kaonet.queries.reads.ActorQueries;
import io.kaonet.queries.reads.ClusterQueries;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.schema.GraphSchema;
import io.kaonet.queries.writes.ImportLog;
import io.kaonet.queries.writes.NetworkWriter;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the database layer: one connection (embedded or external) and the query objects over it. */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    Neo4jConnection neo4jConnection(KaonetProperties properties) {
        KaonetProperties.Neo4j p = properties.neo4j();
        Neo4jSettings settings = new Neo4jSettings(p.uri(), p.username(), p.password(), p.database(),
                p.dataDirectory(), p.boltPort(), p.pageCache().toBytes());
        Neo4jConnection connection = Neo4jConnection.open(settings);
        GraphSchema.install(connection);
        return connection;
    }

    /**
     * The connection's driver as a bean, so that Spring Boot's Neo4j health check reports on Kaonet's
     * own database instead of creating a second driver of its own. The connection closes it.
     */
    @Bean(destroyMethod = "")
    Driver neo4jDriver(Neo4jConnection connection) {
        return connection.driver();
    }

    @Bean
    StoreQueries storeQueries(Neo4jConnection connection) {
        return new StoreQueries(connection);
    }

    @Bean
    ActorQueries actorQueries(Neo4jConnection connection) {
        return new ActorQueries(connection);
    }

    @Bean
    ClusterQueries clusterQueries(Neo4jConnection connection) {
        return new ClusterQueries(connection);
    }

    @Bean
    NetworkWriter networkWriter(Neo4jConnection connection) {
        return new NetworkWriter(connection);
    }

    @Bean
    ImportLog importLog(Neo4jConnection connection) {
        return new ImportLog(connection);
    }

    @Bean
    Projections projections(Neo4jConnection connection, StoreQueries store, CacheSettings cache,
                            MeterRegistry meters) {
        Timer reads = Timer.builder("kaonet.projection")
                .description("Reads of a scope's projection from Neo4j (cache misses)")
                .register(meters);
        return new Projections(new ProjectionReader(connection), store, cache.projectionBytes(),
                (scope, nanos) -> reads.record(nanos, TimeUnit.NANOSECONDS));
    }
}
