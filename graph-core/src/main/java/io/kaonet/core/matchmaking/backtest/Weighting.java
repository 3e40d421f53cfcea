package io.kaonet.core.matchmaking.backtest;

import io.kaonet.core.matchmaking.ScoreParts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One candidate weighting a {@link RankingFit} compares by cross-validation: what it is, as
 * figures a page can put into words, and the name reports and the store use for it.
 *
 * <p>The name is the weighting's identity in a {@link FitResult} (and in the store, which keeps only
 * names): {@link #name()} writes it and {@link #parse(String)} reads it back, so a weighting stored
 * as a name is described again without a second copy of its figures.
 *
 * @param kind       what sort of weighting it is
 * @param part       the part it ranks by alone ({@link Kind#PART_ALONE}) or the part blended with a
 *                   logit ({@link Kind#BLEND}; null when the built-in weights are blended); null otherwise
 * @param penalty    the L2 penalty λ of its conditional logit; NaN when it holds none
 * @param logitShare the logit's share of a blend's spread, in (0, 1); NaN unless {@link Kind#BLEND}
 */
public record Weighting(Kind kind, String part, double penalty, double logitShare) {

    /** What sort of weighting a candidate is. */
    public enum Kind {
        /** Weights of a non-negative, L2-penalised conditional logit fitted on the fit period's new ties. */
        CONDITIONAL_LOGIT,
        /** One score part alone (activity alone ranks as preferential attachment does). */
        PART_ALONE,
        /** The built-in weights. */
        BUILT_IN,
        /** A part alone, or the built-in weights, blended with a conditional logit. */
        BLEND
    }

    private static final String BUILT_IN_NAME = "the built-in weights";
    private static final String NOTHING_TO_LEARN = BUILT_IN_NAME + " (nothing to learn from)";
    private static final Pattern LOGIT = Pattern.compile("conditional logit, λ (\\S+)");
    private static final Pattern ALONE = Pattern.compile("(\\w+) alone");
    private static final Pattern BLENDED = Pattern.compile(
            "(.+) blended with the conditional logit \\(λ (\\S+)\\), logit share (\\S+)");

    /** @throws IllegalArgumentException if the figures do not fit the kind */
    public Weighting {
        Objects.requireNonNull(kind, "kind must not be null");
        boolean hasPart = part != null;
        if (hasPart && !ScoreParts.NAMES.contains(part)) {
            throw new IllegalArgumentException("part must be one of " + ScoreParts.NAMES + ", was " + part);
        }
        boolean ok = switch (kind) {
            case CONDITIONAL_LOGIT -> !hasPart && penalty >= 0 && Double.isNaN(logitShare);
            case PART_ALONE -> hasPart && Double.isNaN(penalty) && Double.isNaN(logitShare);
            case BUILT_IN -> !hasPart && Double.isNaN(penalty) && Double.isNaN(logitShare);
            case BLEND -> penalty >= 0 && logitShare > 0 && logitShare < 1;
        };
        if (!ok) {
            throw new IllegalArgumentException("a " + kind + " weighting cannot have part " + part + ", penalty "
                    + penalty + " and logit share " + logitShare);
        }
    }

    /** A conditional logit at a penalty. */
    public static Weighting logit(double penalty) {
        return new Weighting(Kind.CONDITIONAL_LOGIT, null, penalty, Double.NaN);
    }

    /** A part alone. */
    public static Weighting alone(String part) {
        return new Weighting(Kind.PART_ALONE, part, Double.NaN, Double.NaN);
    }

    /** The built-in weights. */
    public static Weighting builtIn() {
        return new Weighting(Kind.BUILT_IN, null, Double.NaN, Double.NaN);
    }

    /** A part (null: the built-in weights) blended with the logit at a penalty. */
    public static Weighting blend(String part, double penalty, double logitShare) {
        return new Weighting(Kind.BLEND, part, penalty, logitShare);
    }

    /** The name reports and the store use, e.g. "conditional logit, λ 10.0" or "activity alone". */
    public String name() {
        return switch (kind) {
            case CONDITIONAL_LOGIT -> "conditional logit, λ " + penalty;
            case PART_ALONE -> part + " alone";
            case BUILT_IN -> BUILT_IN_NAME;
            case BLEND -> String.format(Locale.ROOT, "%s blended with the conditional logit (λ %s), logit share %.2f",
                    part == null ? BUILT_IN_NAME : part + " alone", penalty, logitShare);
        };
    }

    /**
     * The weighting a name written by {@link #name()} stands for; the built-in weights for the name a
     * fit gives them when it had nothing to learn from.
     *
     * @return empty for a name no weighting writes (a ranking stored before weightings were named)
     */
    public static Optional<Weighting> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.equals(BUILT_IN_NAME) || name.equals(NOTHING_TO_LEARN)) {
            return Optional.of(builtIn());
        }
        try {
            Matcher m = LOGIT.matcher(name);
            if (m.matches()) {
                return Optional.of(logit(Double.parseDouble(m.group(1))));
            }
            m = BLENDED.matcher(name);
            if (m.matches()) {
                String anchor = m.group(1);
                String part = null;
                if (!anchor.equals(BUILT_IN_NAME)) {
                    Matcher alone = ALONE.matcher(anchor);
                    if (!alone.matches()) {
                        return Optional.empty();
                    }
                    part = alone.group(1);
                }
                return Optional.of(blend(part, Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))));
            }
            m = ALONE.matcher(name);
            if (m.matches()) {
                return Optional.of(alone(m.group(1)));
            }
        } catch (IllegalArgumentException e) {
            // A number that does not parse or a part that does not exist: not a name a fit writes.
            return Optional.empty();
        }
        return Optional.empty();
    }
}
