package io.kaonet.api.network;

import io.kaonet.core.model.Scope;
import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.jobs.AnalysisKey;
import org.springframework.graphql.data.method.annotation.Arguments;
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

    /**
     * The arguments of {@code Query.network}.
     *
     * @param scope the part of the network, or null for the whole cumulative network (the schema's
     *              meaning of an omitted scope; it has no default value)
     */
    public record NetworkArguments(Scope scope) {
    }

    @QueryMapping
    public Network network(@Arguments NetworkArguments arguments) {
        return new Network(arguments.scope() == null ? Scope.ALL : arguments.scope());
    }

    @SchemaMapping(typeName = "Network")
    public NetworkSummary summary(Network network) {
        return analyses.get(network.scope(), new Summary(), (g, run) -> NetworkSummary.of(g));
    }

    private record Summary() implements AnalysisKey<NetworkSummary> {
    }
}
