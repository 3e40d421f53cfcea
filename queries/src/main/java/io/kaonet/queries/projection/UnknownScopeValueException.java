package io.kaonet.queries.projection;

import java.util.List;

/**
 * A scope names a cluster, region or country that the store does not hold. The message names the
 * field, the value and the nearest known values, so that a misspelt id answers with an error instead
 * of an empty network.
 */
public class UnknownScopeValueException extends IllegalArgumentException {

    /** Which part of a scope held the value. */
    public enum Field {
        /** {@code clusterIds}: an id, so an unknown one is "not found". */
        CLUSTER_IDS("clusterIds", "cluster"),
        /** {@code regions}. */
        REGIONS("regions", "region"),
        /** {@code countries}. */
        COUNTRIES("countries", "country");

        private final String inputName;
        private final String noun;

        Field(String inputName, String noun) {
            this.inputName = inputName;
            this.noun = noun;
        }

        /** The field's name in the Scope input. */
        public String inputName() {
            return inputName;
        }
    }

    private final Field field;
    private final String value;
    private final List<String> nearest;

    /**
     * @param field   where the value was
     * @param value   the unknown value
     * @param nearest the known values nearest to it, nearest first; may be empty
     */
    public UnknownScopeValueException(Field field, String value, List<String> nearest) {
        super("no " + field.noun + " '" + value + "' is stored"
                + (nearest.isEmpty() ? "" : " (nearest known: " + String.join(", ", nearest) + ")"));
        this.field = field;
        this.value = value;
        this.nearest = List.copyOf(nearest);
    }

    /** Where the value was. */
    public Field field() {
        return field;
    }

    /** The unknown value. */
    public String value() {
        return value;
    }

    /** The known values nearest to it, nearest first. */
    public List<String> nearest() {
        return nearest;
    }
}
