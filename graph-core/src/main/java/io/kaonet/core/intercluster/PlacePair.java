package io.kaonet.core.intercluster;

import java.util.Objects;

/**
 * The ties between two different places (regions or countries).
 *
 * @param first  the place that sorts first
 * @param second the other place
 * @param ties   how many ties join an actor of one to an actor of the other
 */
public record PlacePair(String first, String second, int ties) {

    /** @throws IllegalArgumentException unless {@code first < second} and ties is positive */
    public PlacePair {
        Objects.requireNonNull(first, "first must not be null");
        Objects.requireNonNull(second, "second must not be null");
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("places must differ and come in order, were " + first + ", " + second);
        }
        if (ties < 1) {
            throw new IllegalArgumentException("ties must be positive, was " + ties);
        }
    }
}
