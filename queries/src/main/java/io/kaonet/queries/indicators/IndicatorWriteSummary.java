package io.kaonet.queries.indicators;

/**
 * What an indicator write did.
 *
 * @param offered     indicators in the write
 * @param changed     indicators created or given a new value, unit or source
 * @param dataVersion the data version after the write
 */
public record IndicatorWriteSummary(long offered, long changed, long dataVersion) {

    /** Indicators already stored exactly so. */
    public long unchanged() {
        return offered - changed;
    }
}
