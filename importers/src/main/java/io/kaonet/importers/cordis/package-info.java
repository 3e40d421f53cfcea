/**
 * The European Commission's CORDIS open data on EU-funded research projects:
 * {@link io.kaonet.importers.cordis.CordisImporter} reads the project and organisation files (CSV
 * with {@code ,} or {@code ;}, or JSON) into actors, activities and participations: whole, or for
 * large folders in two passes ({@link io.kaonet.importers.TwoPassImporter}) that never hold the
 * activities and participations.
 *
 * <p>Nulls: parameters must not be null; the batch's lists are never null.
 */
package io.kaonet.importers.cordis;
