package io.kaonet.api.intercluster;

import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.TieKind;
import java.util.List;

/**
 * The inter-cluster links of a scope as GraphQL {@code InterClusterLinks} shows them; the fields
 * with arguments ({@code gatekeepers}, {@code links}) are resolved by {@link InterClusterController}
 * from {@link #boundaries} and {@link #tieViews}.
 *
 * @param ties             ties linking at least one pair of clusters
 * @param pairs            linked pairs, most ties first
 * @param eiIndexByCluster each cluster's E–I index over its membership
 * @param overall          the E–I index of the clustering as a whole
 * @param regions          ties between regions
 * @param international    ties between countries
 * @param boundaries       each cluster's ranked gatekeepers (not exposed as is)
 * @param tieViews         every inter-cluster tie (not exposed as is)
 */
public record InterClusterView(int ties, List<Pair> pairs, List<ClusterEI> eiIndexByCluster, Overall overall,
                               PlaceLinks regions, PlaceLinks international, List<ClusterGatekeepers> boundaries,
                               List<LinkTie> tieViews) {

    /** GraphQL {@code ClusterPairLinks}. */
    public record Pair(Cluster clusterA, Cluster clusterB, int ties) {
    }

    /** GraphQL {@code ClusterEIIndex}; indexes null where undefined. */
    public record ClusterEI(Cluster cluster, long members, long external, long internal, Double index,
                            Double baseline) {
    }

    /** GraphQL {@code ClusteringEIIndex}. */
    public record Overall(long internal, long external, long excluded, Double index) {
    }

    /** GraphQL {@code PlaceLinks}. */
    public record PlaceLinks(int ties, int tiesWithUnknownPlace, List<PlacePair> pairs) {
    }

    /** GraphQL {@code PlacePair}. */
    public record PlacePair(String placeA, String placeB, int ties) {
    }

    /** GraphQL {@code ClusterGatekeepers}; {@code gatekeepers} is cut to the page asked for. */
    public record ClusterGatekeepers(Cluster cluster, int total, List<Gatekeeper> gatekeepers) {

        /** The schema's {@code totalCount} ({@code total} is its deprecated name). */
        public int totalCount() {
            return total;
        }
    }

    /** GraphQL {@code Gatekeeper}; {@code actor} is resolved in a batch. */
    public record Gatekeeper(String actorId, int rank, int externalPartners, int internalPartners,
                             int clustersReached, long gatekeeperPairs, long representativePairs) {
    }

    /** GraphQL {@code InterClusterTie}; {@code actors} is resolved in a batch. */
    public record LinkTie(List<String> actorIds, List<TieKind> kinds, List<ClusterIdPair> links) {

        /** The {@code source} field, as the actor's id (resolved to an Actor by {@code References}). */
        public String source() {
            return actorIds.get(0);
        }

        /** The {@code target} field, as the actor's id. */
        public String target() {
            return actorIds.get(1);
        }

        /** The {@code clusterPairs} field: the same pairs, whose ids {@code References} resolves to Clusters. */
        public List<ClusterIdPair> clusterPairs() {
            return links;
        }
    }

    /** GraphQL {@code ClusterIdPair}. */
    public record ClusterIdPair(String clusterA, String clusterB) {
    }
}
