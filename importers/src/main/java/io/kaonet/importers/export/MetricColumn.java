package io.kaonet.importers.export;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A per-node value to export beside the graph's own attributes, e.g. a betweenness or a core
 * number: one value per node index, {@code NaN} where the metric is undefined (left empty).
 *
 * @param name   the attribute name: a letter, then letters, digits or {@code _}
 * @param values one value per node, in node index order; copied
 */
public record MetricColumn(String name, double[] values) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /** @throws IllegalArgumentException if the name is not an identifier */
    public MetricColumn {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("metric name must be a letter followed by letters, digits or _, was " + name);
        }
        values = values.clone();
    }

    /** The value of node {@code u}. */
    public double value(int u) {
        return values[u];
    }

    /** The values, copied. */
    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricColumn m && m.name.equals(name) && Arrays.equals(m.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MetricColumn[" + name + ", " + values.length + " values]";
    }
}
