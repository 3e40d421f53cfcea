package io.kaonet.api.brokers;

import io.kaonet.core.brokerage.BrokerageResult;
import io.kaonet.core.brokerage.BrokerageRole;

/** Gould–Fernandez role counts of one broker (GraphQL {@code BrokerageCounts}). */
public record BrokerageCounts(long coordinator, long itinerant, long representative, long gatekeeper, long liaison,
                              long total) {

    static BrokerageCounts of(BrokerageResult r, int u) {
        return new BrokerageCounts(r.raw(u, BrokerageRole.COORDINATOR), r.raw(u, BrokerageRole.ITINERANT),
                r.raw(u, BrokerageRole.REPRESENTATIVE), r.raw(u, BrokerageRole.GATEKEEPER),
                r.raw(u, BrokerageRole.LIAISON), r.raw(u, BrokerageRole.TOTAL));
    }
}
