/**
 * Brokers: who sits between others. {@link io.kaonet.core.brokerage.Betweenness} (Brandes 2001,
 * exact and sampled), {@link io.kaonet.core.brokerage.StructuralHoles} (Burt 1992: constraint,
 * effective size, efficiency, hierarchy) and {@link io.kaonet.core.brokerage.BrokerageRoles}
 * (Gould &amp; Fernandez 1989, with {@code sna::brokerage}'s expected counts and z-scores).
 *
 * <p>Null policy: no parameter may be null and nothing returns null; values that are undefined for
 * a node (the constraint of an isolate, a z-score whose standard deviation is zero) are
 * {@link Double#NaN}. Every analysis takes the graph and a parameter record in its constructor,
 * validates both at once, and returns an immutable result from {@code compute()}.
 */
package io.kaonet.core.brokerage;
