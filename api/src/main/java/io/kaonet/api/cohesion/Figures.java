package io.kaonet.api.cohesion;

/**
 * GraphQL's Float has no NaN: analyses report undefined values as NaN, and the schema as null.
 */
public final class Figures {

    private Figures() {
    }

    /** The value, or null when it is NaN or infinite. */
    public static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
