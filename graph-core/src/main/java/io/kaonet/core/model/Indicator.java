package io.kaonet.core.model;

import java.util.Objects;

/**
 * One value of an evaluation indicator for a cluster and a period, e.g. the share of TAMA's member
 * firms that carried out new R&amp;D in 2006–2010, as an evaluation survey reports it.
 *
 * <p>An indicator is identified by {@link #key()}: cluster, area, name and period; importing the
 * same key again replaces its value. Every indicator is read as "higher is better" by the
 * scorecard.
 *
 * @param clusterId the cluster the value describes
 * @param area      the survey area it belongs to
 * @param name      the indicator's name within its area, e.g. {@code new_rd_share}
 * @param period    the period it covers, as a canonical year label ({@code "2009"} or
 *                  {@code "2006-2010"}; see {@link Period#parse(String)})
 * @param value     the value, finite
 * @param unit      the unit, e.g. {@code %} or {@code points of 5}, or null
 * @param source    provenance: file and line, or the survey it comes from; may be null
 */
public record Indicator(String clusterId, EvaluationArea area, String name, String period, double value,
                        String unit, String source) {

    /** @throws IllegalArgumentException on a blank id or name, a period that is not a year label, or a value that is not finite */
    public Indicator {
        Actor.requireText(clusterId, "indicator cluster id");
        Objects.requireNonNull(area, "indicator area must not be null");
        Actor.requireText(name, "indicator name");
        period = Period.parse(period).label();
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("indicator value must be finite, was " + value);
        }
        if (unit != null && unit.isBlank()) {
            unit = null;
        }
    }

    /** The merge key: cluster, area, name and period. */
    public String key() {
        return clusterId + "|" + area + "|" + name + "|" + period;
    }
}
