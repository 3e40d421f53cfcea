/**
 * Kaonet's own format as an Excel workbook: one sheet per Kaonet CSV file, read into the same
 * validated records, with problems naming sheet, row, column and value. Entry point:
 * {@link io.kaonet.importers.workbook.KaonetWorkbookImporter}. Nothing here is null unless stated.
 */
package io.kaonet.importers.workbook;
