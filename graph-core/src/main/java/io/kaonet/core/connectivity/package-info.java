/**
 * Connectivity between parts of the network, computed with JGraphT on the compact graph: who
 * separates two clusters ({@link io.kaonet.core.connectivity.ClusterSeparation}, a minimum vertex
 * cut) and the shortest chains of introductions between two actors
 * ({@link io.kaonet.core.connectivity.IntroductionPaths}, the k shortest simple paths). Both keep the
 * {@link io.kaonet.core.analysis.Analysis} contract.
 *
 * <p>Null policy: no parameter may be null and nothing returns null.
 */
package io.kaonet.core.connectivity;
