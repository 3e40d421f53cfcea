/**
 * GraphML 1.0: {@link io.kaonet.importers.graphml.GraphmlImporter} reads nodes and edges with
 * their attributes into actors and ties.
 *
 * <p>Nulls: parameters must not be null; the batch's lists are never null.
 */
package io.kaonet.importers.graphml;
