package io.kaonet.api.bridges;

import io.kaonet.api.paging.Connection;
import java.util.List;

/** A page of crossing ties with the scope's counts (GraphQL {@code CrossTieConnection}). */
public record CrossTieConnection(List<Connection.Edge<CrossTieView>> edges, Connection.PageInfo pageInfo,
                                 long totalCount, List<CrossTieCount> counts, long tiesWithUnknownIndustry) {
}
