package io.kaonet.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * The generator's source of chance: a {@link Random}, whose algorithm the Java specification fixes,
 * so the same seed gives the same network on every JVM. Each stage of the generator rolls its own
 * dice (seeded from the parameters' seed and the stage), so that changing one stage does not
 * reshuffle the others.
 */
final class Dice {

    private final Random random;

    Dice(long seed, long stage) {
        this.random = new Random(seed * 0x9E3779B97F4A7C15L + stage);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** A day from {@code from} to {@code to}, both included. */
    LocalDate date(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        if (span < 0) {
            throw new IllegalArgumentException("empty date range " + from + " .. " + to);
        }
        return from.plusDays((long) (random.nextDouble() * (span + 1)));
    }

    /** A log-normal number with the given median and spread of the underlying normal. */
    double lognormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    /** A Pareto number with minimum 1 and tail index {@code alpha}, capped so no actor dominates entirely. */
    double pareto(double alpha, double cap) {
        return Math.min(cap, Math.pow(1 - random.nextDouble(), -1 / alpha));
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An item drawn with probability proportional to its weight, or null if no weight is positive. */
    <T> T pickWeighted(List<T> items, ToDoubleFunction<T> weight) {
        double total = 0;
        for (T item : items) {
            total += Math.max(0, weight.applyAsDouble(item));
        }
        if (total <= 0) {
            return null;
        }
        double target = random.nextDouble() * total;
        T last = null;
        for (T item : items) {
            double w = Math.max(0, weight.applyAsDouble(item));
            if (w <= 0) {
                continue;
            }
            last = item;
            target -= w;
            if (target < 0) {
                return item;
            }
        }
        return last;
    }

    /** {@code k} distinct items (fewer if there are fewer), each drawn by weight without replacement. */
    <T> List<T> sampleWeighted(List<T> items, int k, ToDoubleFunction<T> weight) {
        List<T> pool = new ArrayList<>(items);
        List<T> chosen = new ArrayList<>();
        while (chosen.size() < k) {
            T next = pickWeighted(pool, weight);
            if (next == null) {
                break;
            }
            chosen.add(next);
            pool.remove(next);
        }
        return chosen;
    }

    /** {@code k} distinct items drawn uniformly (fewer if there are fewer). */
    <T> List<T> sample(List<T> items, int k) {
        return sampleWeighted(items, k, item -> 1);
    }

    /** A place drawn by its weight. */
    Place place(List<Place> places) {
        return pickWeighted(places, Place::weight);
    }
}
