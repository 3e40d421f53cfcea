package io.kaonet.importers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.cordis.CordisImporter;
import io.kaonet.importers.csv.KaonetCsvImporter;
import io.kaonet.importers.graphml.GraphmlImporter;
import io.kaonet.importers.neo4jadmin.Neo4jAdminImporter;
import io.kaonet.importers.workbook.KaonetWorkbookImporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One city, one spelling, in every format that carries a city: the same actors, written as Kaonet
 * CSV, an Excel workbook, neo4j-admin CSV, GraphML and CORDIS, in three orders of their rows, are
 * read with the same chosen spelling per city and the same spellings kept as provenance; the
 * two-pass importers' {@code emit} hands on what {@code read} returns, although it hands actors on
 * before it has read them all.
 */
class CitySpellingsAcrossFormatsTest {

    /** An actor row: id, city, country (null for none). */
    record Row(String id, String city, String country) {
    }

    /** An actor's city as stored, and the spellings it replaced. */
    record Stored(String city, List<String> spellings) {
    }

    static final List<Row> ROWS = List.of(
            new Row("m1", "München", "DE"), new Row("m2", "MUENCHEN", "DE"), new Row("m3", "München", "DE"),
            new Row("m4", "MUNCHEN", "DE"), new Row("m5", "Muenchen", "DE"),
            new Row("k1", "KOELN", "DE"), new Row("k2", "KOLN", "DE"), new Row("k3", "Köln", "DE"),
            new Row("z1", "ZURICH", "CH"), new Row("z2", "ZUERICH", "CH"), new Row("z3", "Zürich", "CH"),
            new Row("z4", "ZUERICH", "CH"),
            new Row("t1", "Tokyo", "JP"), new Row("t2", "TOKYO", "JP"), new Row("t3", "Ｔｏｋｙｏ", "JP"),
            new Row("g1", "Munchen", "AT"), new Row("h1", "Hachioji", "JP"), new Row("n1", null, "JP"));

    /**
     * Worked out by hand from the class comment of {@link CitySpellings}: München is read twice; the
     * three spellings of Cologne once each, and Köln has a letter outside ASCII; ZUERICH twice; the
     * three spellings of Tokyo once each, none with an accent, Tokyo and Ｔｏｋｙｏ with four lower-case
     * letters, and Tokyo first in string order; Munchen in Austria is another city.
     */
    static final Map<String, Stored> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("m1", new Stored("München", List.of())), Map.entry("m2", new Stored("München", List.of("MUENCHEN"))),
            Map.entry("m3", new Stored("München", List.of())), Map.entry("m4", new Stored("München", List.of("MUNCHEN"))),
            Map.entry("m5", new Stored("München", List.of("Muenchen"))),
            Map.entry("k1", new Stored("Köln", List.of("KOELN"))), Map.entry("k2", new Stored("Köln", List.of("KOLN"))),
            Map.entry("k3", new Stored("Köln", List.of())),
            Map.entry("z1", new Stored("ZUERICH", List.of("ZURICH"))), Map.entry("z2", new Stored("ZUERICH", List.of())),
            Map.entry("z3", new Stored("ZUERICH", List.of("Zürich"))), Map.entry("z4", new Stored("ZUERICH", List.of())),
            Map.entry("t1", new Stored("Tokyo", List.of())), Map.entry("t2", new Stored("Tokyo", List.of("TOKYO"))),
            Map.entry("t3", new Stored("Tokyo", List.of("Ｔｏｋｙｏ"))),
            Map.entry("g1", new Stored("Munchen", List.of())), Map.entry("h1", new Stored("Hachioji", List.of())),
            Map.entry("n1", new Stored(null, List.of()))));

    enum Format {
        KAONET_CSV, WORKBOOK, NEO4J_ADMIN, GRAPHML, CORDIS
    }

    enum Order {
        AS_LISTED, REVERSED, SHUFFLED
    }

    @TempDir
    Path temp;

    static Stream<Arguments> everyFormatInEveryOrder() {
        return Stream.of(Format.values()).flatMap(f -> Stream.of(Order.values()).map(o -> Arguments.of(f, o)));
    }

    @ParameterizedTest(name = "{0}, rows {1}")
    @MethodSource("everyFormatInEveryOrder")
    void everySpellingOfACityIsReadAsItsChosenSpellingWithTheOriginalKept(Format format, Order order) {
        Path input = write(format, ordered(order));

        NetworkBatch read = read(format, input);

        assertThat(stored(read)).isEqualTo(EXPECTED);
        TwoPassImporter twoPass = twoPass(format);
        if (twoPass != null) {
            assertThat(twoPass.validate(input, KnownIds.NONE)).isEqualTo(read.size());
            List<NetworkBatch> chunks = TwoPassAgreement.emit(twoPass, input, 2);
            assertThat(TwoPassAgreement.joined(chunks)).as("emit hands on what read returns").isEqualTo(read);
        }
    }

    @Test
    void aCordisOrganisationReadWithSeveralSpellingsKeepsThemAll() {
        Path input = write(Format.CORDIS, ROWS);
        // A second project naming m1 and k3 again, spelt otherwise: the city counts and the provenance change.
        append(input.resolve("project.csv"), "102,SECOND\n");
        append(input.resolve("organization.csv"), "102,m1,Actor m1,PRC,MUNCHEN,DE\n102,k3,Actor k3,PRC,KOELN,DE\n");

        NetworkBatch read = new CordisImporter().read(input, KnownIds.NONE);

        Map<String, Stored> stored = stored(read);
        // München 2, MUNCHEN 2: a tie that München's umlaut decides; KOELN 2 now wins Cologne.
        assertThat(stored.get("m1")).isEqualTo(new Stored("München", List.of("MUNCHEN")));
        assertThat(stored.get("m4")).isEqualTo(new Stored("München", List.of("MUNCHEN")));
        assertThat(stored.get("k3")).isEqualTo(new Stored("KOELN", List.of("Köln")));
        assertThat(stored.get("k2")).isEqualTo(new Stored("KOELN", List.of("KOLN")));
        assertThat(stored.get("k1")).isEqualTo(new Stored("KOELN", List.of()));
        assertThat(TwoPassAgreement.joined(TwoPassAgreement.emit(new CordisImporter(), input, 3))).isEqualTo(read);
    }

    private static List<Row> ordered(Order order) {
        List<Row> rows = new ArrayList<>(ROWS);
        switch (order) {
            case AS_LISTED -> { }
            case REVERSED -> Collections.reverse(rows);
            case SHUFFLED -> Collections.shuffle(rows, new Random(20260417));
        }
        return rows;
    }

    private static Map<String, Stored> stored(NetworkBatch batch) {
        Map<String, Stored> stored = new TreeMap<>();
        for (Actor a : batch.actors()) {
            stored.put(a.id(), new Stored(a.city(), a.citySpellings()));
        }
        return stored;
    }

    private static TwoPassImporter twoPass(Format format) {
        return switch (format) {
            case KAONET_CSV -> new KaonetCsvImporter();
            case NEO4J_ADMIN -> new Neo4jAdminImporter();
            case GRAPHML -> new GraphmlImporter();
            case CORDIS -> new CordisImporter();
            case WORKBOOK -> null;
        };
    }

    private static NetworkBatch read(Format format, Path input) {
        return switch (format) {
            case KAONET_CSV -> new KaonetCsvImporter().read(input, KnownIds.NONE);
            case NEO4J_ADMIN -> new Neo4jAdminImporter().read(input, KnownIds.NONE);
            case GRAPHML -> new GraphmlImporter().read(input, KnownIds.NONE);
            case CORDIS -> new CordisImporter().read(input, KnownIds.NONE);
            case WORKBOOK -> {
                try {
                    yield new KaonetWorkbookImporter().read("members.xlsx", Files.readAllBytes(input.resolve("members.xlsx")),
                            KnownIds.NONE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The rows in the format, in a folder of their own. */
    private Path write(Format format, List<Row> rows) {
        try {
            Path dir = Files.createTempDirectory(temp, format.name());
            switch (format) {
                case KAONET_CSV -> Files.writeString(dir.resolve("actors.csv"), csv("id,name,kind,city,country", rows,
                        r -> List.of(r.id(), "Actor " + r.id(), "COMPANY", text(r.city()), text(r.country()))));
                case NEO4J_ADMIN -> Files.writeString(dir.resolve("nodes.csv"), csv("id:ID,name,kind,city,country", rows,
                        r -> List.of(r.id(), "Actor " + r.id(), "COMPANY", text(r.city()), text(r.country()))));
                case CORDIS -> {
                    Files.writeString(dir.resolve("project.csv"), "id,acronym\n101,FIRST\n");
                    Files.writeString(dir.resolve("organization.csv"), csv("projectID,organisationID,name,activityType,city,country",
                            rows, r -> List.of("101", r.id(), "Actor " + r.id(), "PRC", text(r.city()), text(r.country()))));
                }
                case GRAPHML -> Files.writeString(dir.resolve("net.graphml"), graphml(rows));
                case WORKBOOK -> Files.write(dir.resolve("members.xlsx"), workbook(rows));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String header, List<Row> rows, java.util.function.Function<Row, List<String>> fields) {
        StringBuilder out = new StringBuilder(header).append('\n');
        rows.forEach(r -> out.append(String.join(",", fields.apply(r))).append('\n'));
        return out.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String graphml(List<Row> rows) {
        StringBuilder x = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <key id="name" for="node" attr.name="name" attr.type="string"/>
                <key id="city" for="node" attr.name="city" attr.type="string"/>
                <key id="country" for="node" attr.name="country" attr.type="string"/>
                <graph edgedefault="undirected">
                """);
        for (Row r : rows) {
            x.append("<node id=\"").append(r.id()).append("\"><data key=\"name\">Actor ").append(r.id()).append("</data>");
            if (r.city() != null) {
                x.append("<data key=\"city\">").append(r.city()).append("</data>");
            }
            x.append("<data key=\"country\">").append(r.country()).append("</data></node>\n");
        }
        return x.append("</graph>\n</graphml>\n").toString();
    }

    private static byte[] workbook(List<Row> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook book = new Workbook(out, "KaonetTest", "1.0");
        Worksheet sheet = book.newWorksheet("actors");
        List<String> header = List.of("id", "name", "kind", "city", "country");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<String> cells = List.of(row.id(), "Actor " + row.id(), "COMPANY", text(row.city()), text(row.country()));
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    sheet.value(r + 1, c, cells.get(c));
                }
            }
        }
        book.finish();
        return out.toByteArray();
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
