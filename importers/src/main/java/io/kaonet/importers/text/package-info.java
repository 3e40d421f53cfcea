/**
 * A streaming, strict CSV reader for every CSV-based importer (Kaonet CSV, CORDIS, neo4j-admin
 * style CSV): {@link io.kaonet.importers.text.CsvReader} with its format
 * ({@link io.kaonet.importers.text.CsvFormat}), expected columns
 * ({@link io.kaonet.importers.text.CsvColumns}) and results
 * ({@link io.kaonet.importers.text.CsvHeader}, {@link io.kaonet.importers.text.CsvRecord}).
 * Problems go to an {@link io.kaonet.importers.Problems} collector with file, line and field.
 * Beside the reader: {@link io.kaonet.importers.text.InputFiles}, opening and closing the files an importer reads,
 * {@link io.kaonet.importers.text.KeyHash}, the 64-bit hash by which large imports remember ids, and
 * {@link io.kaonet.importers.text.FirstLines}, the table of the line each id or key was first met
 * on, by which importers find duplicates (exactly, or by hash with exact confirmation).
 *
 * <p>Nulls: parameters must not be null; {@code CsvRecord.get(String)} returns null only for a
 * column the header lacks (an empty field is {@code ""}); collections are never null.
 */
package io.kaonet.importers.text;
