/**
 * Isolated firms: the firms of a scope that are cut off from the network, each with every reason
 * that applies ({@link io.kaonet.core.isolation.IsolationReason}) and a few explained candidates
 * to connect it to.
 *
 * <p>Entry type: {@link io.kaonet.core.isolation.IsolatedFirms}, which takes the graph and its
 * parameters in its constructor, checks them there and returns an immutable
 * {@link io.kaonet.core.isolation.IsolatedFirmsResult} from {@code compute()}. The graph is read as
 * undirected and unweighted. Nothing in this package accepts or returns null; "no introducer" is
 * {@link io.kaonet.core.isolation.ConnectionCandidate#NO_INTRODUCER}.
 */
package io.kaonet.core.isolation;
