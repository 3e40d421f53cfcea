/**
 * Communities of the collaboration graph: the modularity of a partition (Newman &amp; Girvan 2004),
 * Louvain (Blondel et al. 2008) and Leiden (Traag, Waltman &amp; van Eck 2019) community detection,
 * seeded and deterministic, the agreement between two partitions (NMI, ARI), and the agreement of
 * detected communities with the declared clusters ({@link io.kaonet.core.communities.ClusterAgreement}).
 *
 * <p>Null policy: no method accepts or returns null; arrays passed in are copied, arrays returned
 * are copies.
 */
package io.kaonet.core.communities;
