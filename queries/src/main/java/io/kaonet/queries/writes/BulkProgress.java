package io.kaonet.queries.writes;

import java.time.Duration;

/**
 * How far a bulk import is: records and batches done (including batches skipped because an
 * earlier run committed them), the rate of this run, and the estimated time left.
 *
 * @param records           records done
 * @param expected          records the import holds, or 0 when unknown
 * @param batches           batches done
 * @param recordsPerSecond  records written per second by this run so far
 * @param remaining         estimated time left, or null when unknown
 */
public record BulkProgress(long records, long expected, long batches, double recordsPerSecond, Duration remaining) {

    /** A line for a terminal or a log: {@code 420,000 / 1,000,000 records (42.0%), 21,350 records/s, 27 s left}. */
    public String describe() {
        StringBuilder s = new StringBuilder(String.format("%,d", records));
        if (expected > 0) {
            s.append(String.format(" / %,d records (%.1f%%)", expected, 100.0 * records / expected));
        } else {
            s.append(" records");
        }
        s.append(String.format(", %,.0f records/s", recordsPerSecond));
        if (remaining != null) {
            s.append(", ").append(remaining.toSeconds()).append(" s left");
        }
        return s.toString();
    }
}
