package io.kaonet.api;

import io.kaonet.api.exchange.ExchangeCommand;
import io.kaonet.api.security.TokenCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Kaonet server: GraphQL API and network map over the cluster network in Neo4j. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KaonetApplication {

    public static void main(String[] args) {
        if (ExchangeCommand.handles(args)) {
            // `kaonet import …` / `kaonet export …`: the command line, without the server.
            ExchangeCommand.main(args);
            return;
        }
        if (args.length > 0 && args[0].equals(TokenCommand.NAME)) {
            System.exit(TokenCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(KaonetApplication.class, args);
    }
}
