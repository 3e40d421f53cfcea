package io.kaonet.api.bridges;

import io.kaonet.core.bridges.Crossing;
import io.kaonet.core.bridges.TieRole;

/** The number of ties crossing a boundary in a role (GraphQL {@code CrossTieCount}). */
public record CrossTieCount(Crossing crossing, TieRole role, int ties) {
}
