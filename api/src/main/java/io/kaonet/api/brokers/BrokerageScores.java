package io.kaonet.api.brokers;

import io.kaonet.core.brokerage.BrokerageRole;
import java.util.function.ToDoubleFunction;

/**
 * One value per Gould–Fernandez role (GraphQL {@code BrokerageScores}); null where the value is
 * undefined (a z-score whose standard deviation is 0).
 */
public record BrokerageScores(Double coordinator, Double itinerant, Double representative, Double gatekeeper,
                              Double liaison, Double total) {

    static BrokerageScores of(ToDoubleFunction<BrokerageRole> value) {
        return new BrokerageScores(finite(value.applyAsDouble(BrokerageRole.COORDINATOR)),
                finite(value.applyAsDouble(BrokerageRole.ITINERANT)),
                finite(value.applyAsDouble(BrokerageRole.REPRESENTATIVE)),
                finite(value.applyAsDouble(BrokerageRole.GATEKEEPER)),
                finite(value.applyAsDouble(BrokerageRole.LIAISON)),
                finite(value.applyAsDouble(BrokerageRole.TOTAL)));
    }

    /** The value, or null when it is NaN or infinite (JSON has neither). */
    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
