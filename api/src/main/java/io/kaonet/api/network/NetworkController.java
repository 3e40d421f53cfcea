package io.kaonet.api.network;

import io.kaonet.core.model.Scope;
import io.kaonet.queries.projection.Projections;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The network of a scope and its analyses. */
@Controller
public class NetworkController {

    private final Projections projections;

    public NetworkController(Projections projections) {
        this.projections = projections;
    }

    @QueryMapping
    public Network network(@Argument Scope scope) {
        return new Network(scope == null ? Scope.ALL : scope);
    }

    @SchemaMapping(typeName = "Network")
    public NetworkSummary summary(Network network) {
        return projections.analysis(network.scope(), "summary", NetworkSummary::of);
    }
}
