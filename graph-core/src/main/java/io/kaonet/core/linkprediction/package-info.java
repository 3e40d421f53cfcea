/**
 * Link prediction for matchmaking and its backtest: neighbourhood indices (common neighbours,
 * Jaccard, Adamic–Adar, resource allocation, preferential attachment) for one pair, the ranked
 * candidates of one actor, and the best pairs over the whole graph.
 *
 * <p>Null policy: no method accepts or returns null; returned lists are unmodifiable.
 */
package io.kaonet.core.linkprediction;
