package io.kaonet.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a {@link CordisExportGenerator} wrote: the records an import must find, and how often each
 * quirk of real exports occurs in the files.
 *
 * @param projects                 projects (rows of the project file; each id once)
 * @param organisations            distinct organisations in the organisation file
 * @param participations           distinct (project, organisation) pairs
 * @param organisationRows         rows of the organisation file (pairs plus repeated rows)
 * @param joinedValueRows          rows of an organisation listed twice in a project, with joined
 *                                 values such as {@code "PRC;PRC"} and {@code "participant;thirdParty"}
 * @param repeatedRows             second rows of a pair already listed (as third party)
 * @param decimalCommaRows         rows whose amounts are written with a decimal comma
 * @param emptyNutsRows            rows without a NUTS code
 * @param emptySmeRows             rows without an SME flag
 * @param emptyContributionRows    rows without an EC contribution
 * @param cityVariantRows          rows whose city is written in a spelling other than its most common one
 * @param multilineFields          fields holding a line break (titles, objectives, names)
 * @param separatorFields          project titles and organisation names given a {@code ,}, a {@code ;} or a
 *                                 quote (objectives hold commas anyway)
 * @param redescribedOrganisations organisations described differently in some of their rows
 * @param files                    the files written
 */
public record CordisExportSummary(int projects, int organisations, int participations, long organisationRows,
                                  int joinedValueRows, int repeatedRows, int decimalCommaRows, int emptyNutsRows,
                                  int emptySmeRows, int emptyContributionRows, int cityVariantRows, int multilineFields,
                                  int separatorFields, int redescribedOrganisations, List<Path> files) {

    public CordisExportSummary {
        files = List.copyOf(files);
    }

    /** A plain-text report for the command line. */
    public String describe() {
        return String.format(Locale.ROOT, """
                projects %,d, organisations %,d, participations %,d, organisation rows %,d
                quirks: joined values %,d, repeated rows %,d, decimal commas %,d, empty NUTS %,d, empty SME %,d, \
                empty contributions %,d, city variants %,d, line breaks %,d, separators or quotes in text %,d, \
                organisations described differently %,d
                files: %s
                """, projects, organisations, participations, organisationRows, joinedValueRows, repeatedRows,
                decimalCommaRows, emptyNutsRows, emptySmeRows, emptyContributionRows, cityVariantRows, multilineFields,
                separatorFields, redescribedOrganisations, files);
    }
}
