/**
 * Kaonet's evaluation-indicator file, {@code indicators.csv} (see {@code docs/data-formats.md}):
 * {@link io.kaonet.importers.indicators.IndicatorsCsvImporter} reads survey indicators per cluster,
 * area and period into validated {@link io.kaonet.core.model.Indicator} records, or reports every
 * problem with file, line, field and value.
 *
 * <p>Nulls: parameters must not be null; returned lists are never null.
 */
package io.kaonet.importers.indicators;
