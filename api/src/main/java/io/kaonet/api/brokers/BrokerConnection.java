package io.kaonet.api.brokers;

import io.kaonet.api.paging.Connection;
import java.util.List;

/** A page of brokers with how they were measured (GraphQL {@code BrokerConnection}). */
public record BrokerConnection(List<Connection.Edge<Broker>> edges, Connection.PageInfo pageInfo, long totalCount,
                               BetweennessMethod betweenness, ActorGrouping groupBy, boolean weighted) {

    static BrokerConnection of(Connection<Broker> page, BetweennessMethod betweenness, ActorGrouping groupBy,
                               boolean weighted) {
        return new BrokerConnection(page.edges(), page.pageInfo(), page.totalCount(), betweenness, groupBy, weighted);
    }
}
