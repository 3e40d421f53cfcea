/**
 * Records from property bags, shared by the formats whose elements carry Kaonet's attributes by
 * name (GraphML, neo4j-admin CSV): {@link io.kaonet.importers.properties.PropertyNetwork} checks
 * each element, keeps or streams the records, and resolves references at the end.
 *
 * <p>Nulls: parameters must not be null unless documented; lists are never null.
 */
package io.kaonet.importers.properties;
