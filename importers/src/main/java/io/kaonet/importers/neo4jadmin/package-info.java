/**
 * CSV files in the style of {@code neo4j-admin database import}:
 * {@link io.kaonet.importers.neo4jadmin.Neo4jAdminImporter} reads node and relationship files into
 * actors, clusters, activities, ties, memberships and participations, in one batch or, for large
 * files, validated first and then streamed in chunks.
 *
 * <p>Nulls: parameters must not be null; the batch's lists are never null.
 */
package io.kaonet.importers.neo4jadmin;
