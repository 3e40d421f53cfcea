package io.kaonet.api.network;

import io.kaonet.core.model.Scope;
import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.jobs.AnalysisKey;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The network of a scope and its analyses. */
@Controller
public class NetworkController {

    private final Analyses analyses;

    public NetworkController(Analyses analyses) {
        this.analyses = analyses;
    }

    @QueryMapping
    public Network network(@Argument Scope scope) {
        return new Network(scope == null ? Scope.ALL : scope);
    }

    @SchemaMapping(typeName = "Network")
    public NetworkSummary summary(Network network) {
        return analyses.get(network.scope(), new Summary(), (g, run) -> NetworkSummary.of(g));
    }

    private record Summary() implements AnalysisKey<NetworkSummary> {
    }
}
