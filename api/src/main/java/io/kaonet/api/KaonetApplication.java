package io.kaonet.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Kaonet server: GraphQL API and network map over the cluster network in Neo4j. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KaonetApplication {

    public static void main(String[] args) {
        if (io.kaonet.api.exchange.ExchangeCommand.handles(args)) {
            // `kaonet import …` / `kaonet export …`: the command line, without the server.
            io.kaonet.api.exchange.ExchangeCommand.main(args);
            return;
        }
        SpringApplication.run(KaonetApplication.class, args);
    }
}
