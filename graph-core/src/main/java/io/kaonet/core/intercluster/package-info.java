/**
 * Inter-cluster links: ties between members of different clusters with counts per cluster pair,
 * ties between regions and between countries, the gatekeepers of each cluster and the E–I index of
 * each cluster.
 *
 * <p>Entry type: {@link io.kaonet.core.intercluster.InterClusterLinks}, which takes the graph and
 * its parameters in its constructor and returns an immutable
 * {@link io.kaonet.core.intercluster.InterClusterLinksResult} from {@code compute()}. Clusters are
 * the graph's cluster codes ({@code CollaborationGraph.clusterIds()}); an actor may belong to
 * several. Nothing in this package accepts or returns null; an undefined index is
 * {@link Double#NaN}.
 */
package io.kaonet.core.intercluster;
