package io.kaonet.core.intercluster;

import java.util.List;
import java.util.Objects;

/** Inter-cluster, inter-regional and international ties, and each cluster's boundary. See {@link InterClusterLinks}. */
public final class InterClusterLinksResult {

    private final List<String> clusterIds;
    private final List<InterClusterTie> ties;
    private final List<ClusterPairLinks> pairs;
    private final List<PlacePair> regionPairs;
    private final List<PlacePair> countryPairs;
    private final int tiesAcrossRegions;
    private final int tiesWithUnknownRegion;
    private final int internationalTies;
    private final int tiesWithUnknownCountry;
    private final long internal;
    private final long external;
    private final long excluded;
    private final List<ClusterBoundary> boundaries;
    private final InterClusterLinks.Parameters parameters;

    InterClusterLinksResult(List<String> clusterIds, List<InterClusterTie> ties, List<ClusterPairLinks> pairs,
                            List<PlacePair> regionPairs, List<PlacePair> countryPairs, int tiesAcrossRegions,
                            int tiesWithUnknownRegion, int internationalTies, int tiesWithUnknownCountry, long internal,
                            long external, long excluded, List<ClusterBoundary> boundaries,
                            InterClusterLinks.Parameters parameters) {
        this.clusterIds = List.copyOf(clusterIds);
        this.ties = List.copyOf(ties);
        this.pairs = List.copyOf(pairs);
        this.regionPairs = List.copyOf(regionPairs);
        this.countryPairs = List.copyOf(countryPairs);
        this.tiesAcrossRegions = tiesAcrossRegions;
        this.tiesWithUnknownRegion = tiesWithUnknownRegion;
        this.internationalTies = internationalTies;
        this.tiesWithUnknownCountry = tiesWithUnknownCountry;
        this.internal = internal;
        this.external = external;
        this.excluded = excluded;
        this.boundaries = List.copyOf(boundaries);
        this.parameters = parameters;
    }

    /** The cluster ids, indexed by cluster code (the graph's). */
    public List<String> clusterIds() {
        return clusterIds;
    }

    /** Every tie that links at least one pair of clusters, in edge-id order. */
    public List<InterClusterTie> ties() {
        return ties;
    }

    /** Every linked pair of clusters with its tie count, most ties first, then by codes. */
    public List<ClusterPairLinks> pairs() {
        return pairs;
    }

    /**
     * The number of ties linking clusters {@code a} and {@code b} (0 when none or when equal).
     *
     * @throws IndexOutOfBoundsException if a code is not a cluster
     */
    public int ties(int a, int b) {
        Objects.checkIndex(a, clusterIds.size());
        Objects.checkIndex(b, clusterIds.size());
        if (a == b) {
            return 0;
        }
        ClusterPair wanted = ClusterPair.of(a, b);
        return pairs.stream().filter(p -> p.pair().equals(wanted)).mapToInt(ClusterPairLinks::ties).findFirst()
                .orElse(0);
    }

    /** Ties between two different known regions, per pair, most first. */
    public List<PlacePair> regionPairs() {
        return regionPairs;
    }

    /** Ties between two different known countries (international ties), per pair, most first. */
    public List<PlacePair> countryPairs() {
        return countryPairs;
    }

    /** The number of ties whose ends are in two different known regions. */
    public int tiesAcrossRegions() {
        return tiesAcrossRegions;
    }

    /** The number of ties with an end of unknown region. */
    public int tiesWithUnknownRegion() {
        return tiesWithUnknownRegion;
    }

    /** The number of ties whose ends are in two different known countries. */
    public int internationalTies() {
        return internationalTies;
    }

    /** The number of ties with an end of unknown country. */
    public int tiesWithUnknownCountry() {
        return tiesWithUnknownCountry;
    }

    /** Ties whose ends share a cluster. */
    public long internal() {
        return internal;
    }

    /** Ties whose ends both have clusters but share none. */
    public long external() {
        return external;
    }

    /** Ties with an end in no cluster. */
    public long excluded() {
        return excluded;
    }

    /** {@code (external − internal) / (external + internal)}; NaN when both are 0. */
    public double eiIndex() {
        long total = external + internal;
        return total == 0 ? Double.NaN : (double) (external - internal) / total;
    }

    /** The boundary of every cluster, indexed by cluster code. */
    public List<ClusterBoundary> boundaries() {
        return boundaries;
    }

    /**
     * The boundary of one cluster.
     *
     * @throws IndexOutOfBoundsException if {@code cluster} is not a cluster code
     */
    public ClusterBoundary boundary(int cluster) {
        return boundaries.get(Objects.checkIndex(cluster, boundaries.size()));
    }

    /** The parameters used. */
    public InterClusterLinks.Parameters parameters() {
        return parameters;
    }
}
