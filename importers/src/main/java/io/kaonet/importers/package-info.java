/**
 * File formats to validated domain records. Every importer reads a whole input, reports every
 * problem (up to a cap) with file, line, field and value as an {@link io.kaonet.importers.ImportException},
 * and returns a {@link io.kaonet.core.model.NetworkBatch} only when the input is entirely valid.
 * Nothing in this package returns null collections.
 */
package io.kaonet.importers;
