/**
 * The contract every analysis keeps, after JGraphT's scoring interfaces and the algorithm base of
 * Neo4j Graph Data Science: an analysis is built from a graph and a parameters record (both checked
 * in the constructor), and {@link io.kaonet.core.analysis.Analysis#compute(Execution)} returns an
 * immutable result record with its metadata. While it computes, it polls the
 * {@link io.kaonet.core.analysis.TerminationFlag} of its {@link io.kaonet.core.analysis.Execution}
 * (and stops with {@link io.kaonet.core.analysis.AnalysisTerminatedException} when the flag says so)
 * and reports its steps to the {@link io.kaonet.core.analysis.ProgressTracker}. Results that give a
 * number per actor expose it as {@link io.kaonet.core.analysis.NodeScores}.
 *
 * <p>Null policy: no parameter may be null and nothing returns null.
 */
package io.kaonet.core.analysis;
