package io.kaonet.core.matchmaking;

import java.util.Objects;

/**
 * What one part added to a candidate's score: weight × part.
 *
 * @param part         the part's name, one of {@link ScoreParts#NAMES}
 * @param weight       its weight in the ranking used
 * @param value        the part, in [0, 1]
 * @param contribution weight × value
 */
public record ScoreContribution(String part, double weight, double value, double contribution) {

    /** @throws IllegalArgumentException if the part is not one of {@link ScoreParts#NAMES} */
    public ScoreContribution {
        Objects.requireNonNull(part, "part must not be null");
        if (!ScoreParts.NAMES.contains(part)) {
            throw new IllegalArgumentException("part must be one of " + ScoreParts.NAMES + ", was " + part);
        }
    }
}
