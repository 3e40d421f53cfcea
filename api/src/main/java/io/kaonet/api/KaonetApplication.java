package io.kaonet.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Kaonet server: GraphQL API and network map over the cluster network in Neo4j. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KaonetApplication {

    public static void main(String[] args) {
        SpringApplication.run(KaonetApplication.class, args);
    }
}
