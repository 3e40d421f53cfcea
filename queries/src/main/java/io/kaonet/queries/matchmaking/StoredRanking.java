package io.kaonet.queries.matchmaking;

import io.kaonet.core.matchmaking.backtest.FitResult;
import io.kaonet.core.model.Scope;
import java.time.Instant;
import java.util.Objects;

/**
 * A network's fitted matchmaking ranking as stored, with its provenance.
 *
 * @param network     the network it was fitted on: a scope without dates (the fit chooses its own periods)
 * @param fit         what the fit found and chose, with the held-out figures of every ranking
 * @param dataVersion the data version the fit read
 * @param fittedAt    when it was fitted
 */
public record StoredRanking(Scope network, FitResult fit, long dataVersion, Instant fittedAt) {

    /** @throws IllegalArgumentException if the network has dates */
    public StoredRanking {
        Objects.requireNonNull(network, "network must not be null");
        Objects.requireNonNull(fit, "fit must not be null");
        Objects.requireNonNull(fittedAt, "fittedAt must not be null");
        if (network.windowStart() != null || network.windowEnd() != null) {
            throw new IllegalArgumentException("a ranking is fitted on a network without dates, had " + network);
        }
    }
}
