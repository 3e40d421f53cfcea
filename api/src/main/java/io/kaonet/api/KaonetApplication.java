package io.kaonet.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Kaonet server: GraphQL API and network map over the cluster network in Neo4j. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KaonetApplication {

    public static void main(String[] args) {
        if (KaonetCommandLine.handles(args)) {
            // `kaonet import|export|token|backtest …`: the command line, without the server.
            KaonetCommandLine.main(args);
            return;
        }
        SpringApplication.run(KaonetApplication.class, args);
    }
}
