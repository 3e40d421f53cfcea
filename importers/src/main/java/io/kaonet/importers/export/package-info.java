/**
 * Exports for other tools: {@link io.kaonet.importers.export.NetworkExporter} writes a projected
 * graph with metric columns, or a batch of records, as GEXF (Gephi), GraphML, Pajek {@code .net}
 * or CSV ({@link io.kaonet.importers.export.ExportFormat}).
 *
 * <p>Nulls: parameters must not be null; a null attribute value is left out of the file.
 */
package io.kaonet.importers.export;
