/**
 * Kaonet's domain model: actors, ties, clusters, memberships, activities and participations, as
 * plain records with no framework annotations. Records validate their own invariants; nothing in
 * this package returns null collections.
 */
package io.kaonet.core.model;
