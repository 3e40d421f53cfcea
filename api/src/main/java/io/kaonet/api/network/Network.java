package io.kaonet.api.network;

import io.kaonet.core.model.Scope;

/**
 * The network of a scope, as the GraphQL {@code network(scope)} field returns it; its analyses are
 * resolved as child fields, each on the scope's cached projection.
 *
 * @param scope the part of the network asked for
 */
public record Network(Scope scope) {
}
