/**
 * Bridges, articulation points, local bridges with their span, cross-industry and cross-sector
 * ties, the industry × industry tie matrix and the Krackhardt–Stern E–I index.
 *
 * <p>Entry types: {@link io.kaonet.core.bridges.Bridges}, {@link io.kaonet.core.bridges.LocalBridges},
 * {@link io.kaonet.core.bridges.CrossIndustryTies} and {@link io.kaonet.core.bridges.EIIndex}; each
 * takes the graph in its constructor, checks its input there and returns an immutable result from
 * {@code compute()}. All analyses read the graph as undirected and unweighted. Nothing in this
 * package accepts or returns null; collections and arrays returned are never null and are copies
 * or unmodifiable views.
 */
package io.kaonet.core.bridges;
