/**
 * The collaboration ratios of the evaluation survey: the share of firms in industry–industry and in
 * industry–academia–government collaboration, read off the network
 * ({@link io.kaonet.core.collaboration.CollaborationRatios}).
 *
 * <p>Null policy: no parameter may be null and nothing returns null; a share over no firms is
 * {@link Double#NaN}.
 */
package io.kaonet.core.collaboration;
