package io.kaonet.importers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.importers.CitySpellingFiles.Format;
import io.kaonet.importers.CitySpellingFiles.Order;
import io.kaonet.importers.CitySpellingFiles.Stored;
import io.kaonet.importers.cordis.CordisImporter;
import io.kaonet.importers.csv.KaonetCsvImporter;
import io.kaonet.importers.graphml.GraphmlImporter;
import io.kaonet.importers.neo4jadmin.Neo4jAdminImporter;
import io.kaonet.importers.workbook.KaonetWorkbookImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One city, one spelling, in every format that carries a city: the same actors
 * ({@link CitySpellingFiles}), written as Kaonet CSV, an Excel workbook, neo4j-admin CSV, GraphML and
 * CORDIS, in three orders of their rows, are read with the same chosen spelling per city and the same
 * spellings kept as provenance; the two-pass importers' {@code emit} hands on what {@code read}
 * returns, although it hands actors on before it has read them all.
 */
class CitySpellingsAcrossFormatsTest {

    @TempDir
    Path temp;

    static Stream<Arguments> everyFormatInEveryOrder() {
        return Stream.of(Format.values()).flatMap(f -> Stream.of(Order.values()).map(o -> Arguments.of(f, o)));
    }

    @ParameterizedTest(name = "{0}, rows {1}")
    @MethodSource("everyFormatInEveryOrder")
    void everySpellingOfACityIsReadAsItsChosenSpellingWithTheOriginalKept(Format format, Order order) {
        Path input = CitySpellingFiles.write(temp, format, order);

        NetworkBatch read = read(format, input);

        assertThat(stored(read)).isEqualTo(CitySpellingFiles.expected(format));
        TwoPassImporter twoPass = twoPass(format);
        if (twoPass != null) {
            assertThat(twoPass.validate(input, KnownIds.NONE)).isEqualTo(read.size());
            List<NetworkBatch> chunks = TwoPassAgreement.emit(twoPass, input, 2);
            assertThat(TwoPassAgreement.joined(chunks)).as("emit hands on what read returns").isEqualTo(read);
        }
    }

    @Test
    void aCordisOrganisationReadWithSeveralSpellingsKeepsThemAll() throws IOException {
        Format f = Format.CORDIS;
        Path input = CitySpellingFiles.write(temp, f, Order.AS_LISTED);
        // A second project naming m1 and k3 again, spelt otherwise: the counts and the provenance change.
        Files.writeString(input.resolve("project.csv"), "second,SECOND\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(input.resolve("organization.csv"), "second," + f.id("m1") + ",A,PRC,MUNCHEN,DE\n"
                + "second," + f.id("k3") + ",B,PRC,KOELN,DE\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        NetworkBatch read = new CordisImporter().read(input, KnownIds.NONE);

        Map<String, Stored> stored = stored(read);
        // München 2, MUNCHEN 2: a tie that München's umlaut decides; KOELN 2 now wins Cologne.
        assertThat(stored.get(f.id("m1"))).isEqualTo(new Stored("München", List.of("MUNCHEN")));
        assertThat(stored.get(f.id("m4"))).isEqualTo(new Stored("München", List.of("MUNCHEN")));
        assertThat(stored.get(f.id("k3"))).isEqualTo(new Stored("KOELN", List.of("Köln")));
        assertThat(stored.get(f.id("k2"))).isEqualTo(new Stored("KOELN", List.of("KOLN")));
        assertThat(stored.get(f.id("k1"))).isEqualTo(new Stored("KOELN", List.of()));
        assertThat(TwoPassAgreement.joined(TwoPassAgreement.emit(new CordisImporter(), input, 3))).isEqualTo(read);
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
}
