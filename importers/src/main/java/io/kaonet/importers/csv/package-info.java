/**
 * Kaonet's own CSV format (see {@code docs/data-formats.md}):
 * {@link io.kaonet.importers.csv.KaonetCsvImporter} reads a folder or a set of uploaded files into
 * a validated {@link io.kaonet.core.model.NetworkBatch}, or reports every problem.
 *
 * <p>Nulls: parameters must not be null; the batch's lists are never null.
 */
package io.kaonet.importers.csv;
