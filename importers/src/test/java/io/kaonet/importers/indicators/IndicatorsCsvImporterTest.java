package io.kaonet.importers.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.kaonet.core.model.EvaluationArea;
import io.kaonet.core.model.Indicator;
import io.kaonet.importers.ImportException;
import io.kaonet.importers.KnownIds;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorsCsvImporterTest {

    private static final String HEADER = "cluster,area,indicator,period,value,unit,source\n";
    private static final KnownIds TAMA_AND_KINKI = (kind, ids) -> kind == KnownIds.Kind.CLUSTER
            ? Set.copyOf(ids.stream().filter(Set.of("TAMA", "KINKI-BIO")::contains).toList()) : Set.of();

    private final IndicatorsCsvImporter importer = new IndicatorsCsvImporter();

    private List<Indicator> read(String text, KnownIds known) {
        return importer.read("indicators.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), known);
    }

    private ImportException refusal(String text) {
        return catchThrowableOfType(ImportException.class, () -> read(text, TAMA_AND_KINKI));
    }

    @Test
    void readsEveryFieldAndKeepsProvenance() {
        List<Indicator> out = read(HEADER + """
                TAMA,R_AND_D,new_rd_share,2006-2010,41.5,%,Survey 2010
                KINKI-BIO, SATISFACTION ,satisfaction,2009,3.8,,
                """, TAMA_AND_KINKI);

        assertThat(out).containsExactly(
                new Indicator("TAMA", EvaluationArea.R_AND_D, "new_rd_share", "2006-2010", 41.5, "%",
                        "Survey 2010 (indicators.csv:2)"),
                new Indicator("KINKI-BIO", EvaluationArea.SATISFACTION, "satisfaction", "2009", 3.8, null,
                        "indicators.csv:3"));
    }

    @Test
    void asksForTheClustersOnceAndAcceptsOnlyRequiredColumns() {
        List<Collection<String>> asked = new ArrayList<>();
        KnownIds counting = (kind, ids) -> {
            asked.add(ids);
            return Set.copyOf(ids);
        };

        List<Indicator> out = read("""
                value,period,indicator,area,cluster
                -2.5,2010,sales_change,ECONOMIC_EFFECT,TAMA
                1,2010,new_products,NEW_BUSINESS,TAMA
                """, counting);

        assertThat(out).hasSize(2);
        assertThat(out.get(0).value()).isEqualTo(-2.5);
        assertThat(asked).containsExactly(List.of("TAMA"));
    }

    @Test
    void readsAFileFromDiskByItsName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("indicators.csv");
        Files.writeString(file, HEADER + "TAMA,R_AND_D,x,2009,1,,\n");

        assertThat(importer.read(file, TAMA_AND_KINKI)).hasSize(1);
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> importer.read(dir.resolve("missing.csv"), TAMA_AND_KINKI));
        assertThat(e.problems()).extracting("file", "message").containsExactly(tuple("missing.csv", "is not a file"));
    }

    @Nested
    class BadInput {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                area not in the survey      | TAMA,RESEARCH,x,2009,1,,           | area      | RESEARCH  | is not a survey area (allowed: CLUSTER_CORE, COLLABORATION, R_AND_D, NEW_BUSINESS, ECONOMIC_EFFECT, SATISFACTION)
                area in lower case          | TAMA,r_and_d,x,2009,1,,            | area      | r_and_d   | is not a survey area (did you mean R_AND_D? allowed: CLUSTER_CORE, COLLABORATION, R_AND_D, NEW_BUSINESS, ECONOMIC_EFFECT, SATISFACTION)
                reserved network name       | TAMA,R_AND_D,network.x,2009,1,,    | indicator | network.x | starts with 'network.', which is reserved for the indicators Kaonet derives from the network
                fiscal-year period          | TAMA,R_AND_D,x,FY2009,1,,          | period    | FY2009    | is not a period (expected a year such as 2009 or a span of years such as 2006-2010, 1900 to 2200)
                reversed span               | TAMA,R_AND_D,x,2010-2006,1,,       | period    | 2010-2006 | is not a period (expected a year such as 2009 or a span of years such as 2006-2010, 1900 to 2200)
                decimal comma               | TAMA,R_AND_D,x,2009,"41,5",,       | value     | 41,5      | is not a number (expected digits with '.' as the decimal point)
                infinite value              | TAMA,R_AND_D,x,2009,1e999,,        | value     | 1e999     | is not a number (expected digits with '.' as the decimal point)
                unknown cluster             | HAMAMATSU,R_AND_D,x,2009,1,,       | cluster   | HAMAMATSU | is not a known cluster
                """)
        void reportsFileLineFieldAndValue(String what, String row, String field, String value, String message) {
            ImportException e = refusal(HEADER + "TAMA,R_AND_D,fine,2009,1,,\n" + row + "\n");

            assertThat(e.problems()).extracting("file", "line", "field", "value", "message")
                    .containsExactly(tuple("indicators.csv", 3L, field, value, message));
        }

        @Test
        void missingValuesAreEachReported() {
            ImportException e = refusal(HEADER + ",,,,,,\u0020\nTAMA,,x,2009,,,\n");

            assertThat(e.problems()).extracting("line", "field", "message").containsExactly(
                    tuple(2L, "cluster", "is required"), tuple(2L, "area", "is required"),
                    tuple(2L, "indicator", "is required"), tuple(2L, "period", "is required"),
                    tuple(2L, "value", "is required"),
                    tuple(3L, "area", "is required"), tuple(3L, "value", "is required"));
        }

        @Test
        void theSameIndicatorTwiceNamesTheEarlierLine() {
            ImportException e = refusal(HEADER + "TAMA,R_AND_D,x,2009,1,,\nTAMA,R_AND_D,y,2009,1,,\n"
                    + "TAMA,R_AND_D,x,2009-2009,2,,\n");

            assertThat(e.problems()).extracting("line", "message").containsExactly(
                    tuple(4L, "is the same indicator (cluster, area, indicator and period) as line 2"));
        }

        @Test
        void headerProblemsRefuseTheFile() {
            ImportException e = refusal("cluster,area,indicator,period,valu\nTAMA,R_AND_D,x,2009,1\n");

            assertThat(e.problems()).extracting("line", "field", "message").containsExactly(
                    tuple(1L, "valu", "is not a column of indicators.csv (expected: cluster, area, indicator, period, value, unit, source)"),
                    tuple(1L, "value", "required column is missing"));
        }

        @Test
        void anEmptyOrBinaryFileIsRefused() {
            assertThat(refusal("").problems()).extracting("line", "message")
                    .containsExactly(tuple(0L, "is empty: it has no header line"));
            assertThat(refusal(HEADER + "TAMA,R_AND_D,x,2009,1\u0000,,\n").problems()).extracting("message")
                    .containsExactly("is a control character: the file looks binary, not CSV text");
        }

        @Test
        void everyProblemOfTheFileIsReportedAtOnceAndNothingIsReturned() {
            ImportException e = refusal(HEADER + "TAMA,R_AND_D,ok,2009,1,,\nNOPE,R_AND_D,x,2009,1,,\n"
                    + "TAMA,R_AND_D,x,20O9,1,,\nTAMA,R_AND_D,y,2009,one,,\n");

            assertThat(e.problems()).extracting("line", "field").containsExactly(tuple(4L, "period"),
                    tuple(5L, "value"), tuple(3L, "cluster"));
            assertThat(e.truncated()).isFalse();
        }

        @Test
        void aFolderPartOfTheNameIsDropped() {
            ImportException e = catchThrowableOfType(ImportException.class, () -> importer.read("C:\\data/in/survey.csv",
                    new ByteArrayInputStream(new byte[0]), KnownIds.NONE));

            assertThat(e.problems()).extracting("file").containsExactly("survey.csv");
        }
    }
}
