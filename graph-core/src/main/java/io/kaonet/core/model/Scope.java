package io.kaonet.core.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * The part of the network an analysis runs on.
 *
 * <p>Empty sets mean "no restriction". Dates select ties (and memberships and activities) by
 * their validity: with only {@code asOf}, what existed on that day; with a window
 * {@code from..to}, what existed on any day of it; with no date at all, everything ever recorded
 * (the cumulative network).
 *
 * <p>One rule for time holds in every scope: a tie exists from {@code since} to {@code until}, a
 * membership from its dates, and an actor from its founding year (1 January) or, when no founding
 * year is recorded, from its first recorded tie or activity (see {@link #existed}).
 *
 * @param clusterIds   keep actors that are members of any of these clusters
 * @param regions      keep actors in any of these regions
 * @param countries    keep actors in any of these countries (codes as stored, e.g. ISO 3166 alpha-2)
 * @param actorKinds   keep actors of these kinds
 * @param tieKinds     keep ties of these kinds ({@link TieKind#CO_PARTICIPATION} is governed by
 *                     {@code includeActivities})
 * @param asOf         the day to look at, or null
 * @param from         start of a window, or null
 * @param to           end of a window, or null
 * @param includeActivities whether shared activities become co-participation ties
 * @param weighting    how co-participation ties are weighted
 */
public record Scope(
        Set<String> clusterIds,
        Set<String> regions,
        Set<String> countries,
        Set<ActorKind> actorKinds,
        Set<TieKind> tieKinds,
        LocalDate asOf,
        LocalDate from,
        LocalDate to,
        boolean includeActivities,
        CoParticipationWeighting weighting) {

    /** The whole network, every tie ever recorded, activities not projected. */
    public static final Scope ALL = new Scope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, false,
            CoParticipationWeighting.COUNT);

    /** @throws IllegalArgumentException when asOf is combined with a window, or the window is reversed */
    public Scope {
        clusterIds = clusterIds == null ? Set.of() : Set.copyOf(clusterIds);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        actorKinds = actorKinds == null ? Set.of() : Set.copyOf(actorKinds);
        tieKinds = tieKinds == null ? Set.of() : Set.copyOf(tieKinds);
        weighting = weighting == null ? CoParticipationWeighting.COUNT : weighting;
        if (asOf != null && (from != null || to != null)) {
            throw new IllegalArgumentException("give either asOf or a window from..to, not both");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("window end " + to + " must not be before its start " + from);
        }
    }

    /** The first day whose ties count, or null for no lower bound. */
    public LocalDate windowStart() {
        return asOf != null ? asOf : from;
    }

    /** The last day whose ties count, or null for no upper bound. */
    public LocalDate windowEnd() {
        return asOf != null ? asOf : to;
    }

    /** Whether a validity period {@code since..until} (nulls open) overlaps this scope's dates. */
    public boolean overlaps(LocalDate since, LocalDate until) {
        LocalDate start = windowStart();
        LocalDate end = windowEnd();
        return (end == null || since == null || !since.isAfter(end))
                && (start == null || until == null || !until.isBefore(start));
    }

    /**
     * Whether an actor exists on some day of this scope's dates: always without an end date;
     * otherwise when it was founded in or before the end's year or, with no founding year, when its
     * first recorded tie or activity starts on or before the end. An actor with neither (or whose
     * first record is undated) is taken to exist throughout.
     *
     * @param founded       founding year, or null
     * @param firstRecorded the first day of its earliest tie or activity; null when it has none or one of
     *                      them is undated
     */
    public boolean existed(Integer founded, LocalDate firstRecorded) {
        LocalDate end = windowEnd();
        if (end == null) {
            return true;
        }
        if (founded != null) {
            return founded <= end.getYear();
        }
        return firstRecorded == null || !firstRecorded.isAfter(end);
    }

    /** Whether actors in this country are kept. */
    public boolean keepsCountry(String country) {
        return countries.isEmpty() || country != null && countries.contains(country);
    }

    /** Whether actors in this region are kept. */
    public boolean keepsRegion(String region) {
        return regions.isEmpty() || region != null && regions.contains(region);
    }

    /** This scope with another as-of date and no window. */
    public Scope withAsOf(LocalDate day) {
        return new Scope(clusterIds, regions, countries, actorKinds, tieKinds, day, null, null, includeActivities, weighting);
    }

    /** This scope over a window. */
    public Scope withWindow(LocalDate start, LocalDate end) {
        return new Scope(clusterIds, regions, countries, actorKinds, tieKinds, null, start, end, includeActivities, weighting);
    }

    /** This scope restricted to the given clusters. */
    public Scope withClusters(Set<String> clusters) {
        return new Scope(clusters, regions, countries, actorKinds, tieKinds, asOf, from, to, includeActivities, weighting);
    }

    /** Whether ties of this kind are kept. */
    public boolean keepsTieKind(TieKind kind) {
        if (kind == TieKind.CO_PARTICIPATION) {
            return includeActivities;
        }
        return tieKinds.isEmpty() || tieKinds.contains(kind);
    }

    /** Whether actors of this kind are kept. */
    public boolean keepsActorKind(ActorKind kind) {
        return actorKinds.isEmpty() || actorKinds.contains(kind);
    }
}
