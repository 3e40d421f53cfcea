package io.kaonet.api.isolation;

import io.kaonet.api.paging.Connection;
import java.util.List;

/** A page of isolated firms with the scope's counts (GraphQL {@code IsolatedFirmConnection}). */
public record IsolatedFirmConnection(List<Connection.Edge<IsolatedFirmView>> edges, Connection.PageInfo pageInfo,
                                     long totalCount, int firmsInScope, List<ReasonCount> reasonCounts,
                                     int mainComponentSize, int lowestTiedShell) {
}
