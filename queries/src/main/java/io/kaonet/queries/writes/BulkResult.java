package io.kaonet.queries.writes;

import java.time.Duration;

/**
 * What a bulk import did.
 *
 * @param importId        the import's id (its manifest in the database)
 * @param batchesWritten  batches committed by this run
 * @param batchesSkipped  batches an earlier run had committed, skipped by this one
 * @param records         records written by this run
 * @param changed         records created or changed by this run
 * @param dataVersion     the data version after the last batch
 * @param elapsed         time this run took
 */
public record BulkResult(String importId, long batchesWritten, long batchesSkipped, long records, long changed,
                         long dataVersion, Duration elapsed) {

    /** Records written per second by this run. */
    public double recordsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? records / seconds : 0;
    }
}
