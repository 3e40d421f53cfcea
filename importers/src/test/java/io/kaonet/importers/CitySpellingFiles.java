package io.kaonet.importers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Eighteen actors whose cities are spelt several ways, as the files of every import format that
 * carries a city, in three orders of their rows, with the cities and provenance an import must
 * store. Each format's actors have ids and names of their own ({@code cs-<format>-m1},
 * {@code cityspell-<format> m1}), so that tests of several formats can share a store. Shared with
 * the API's tests through the test jar.
 */
public final class CitySpellingFiles {

    /** The formats that carry a city (the GraphQL {@code ImportFormat} names, and the workbook). */
    public enum Format {
        KAONET_CSV, NEO4J_ADMIN, GRAPHML, CORDIS, WORKBOOK;

        /** The format as the command line names it ({@code kaonet-csv}), and the tag in ids and names. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The id of an actor of this format's files. */
        public String id(String suffix) {
            return "cs-" + tag() + "-" + suffix;
        }

        /** What every actor name of this format's files contains, and no other name. */
        public String nameTag() {
            return "cityspell-" + tag();
        }

        /** The id of the CORDIS files' project. */
        public String project() {
            return "cs-" + tag() + "-project";
        }
    }

    /** The order of the actor rows. */
    public enum Order {
        AS_LISTED, REVERSED, SHUFFLED
    }

    /** An actor's city as stored, and the spellings it replaced. */
    public record Stored(String city, List<String> citySpellings) {
    }

    private record Row(String suffix, String city, String country) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("m1", "München", "DE"), new Row("m2", "MUENCHEN", "DE"), new Row("m3", "München", "DE"),
            new Row("m4", "MUNCHEN", "DE"), new Row("m5", "Muenchen", "DE"),
            new Row("k1", "KOELN", "DE"), new Row("k2", "KOLN", "DE"), new Row("k3", "Köln", "DE"),
            new Row("z1", "ZURICH", "CH"), new Row("z2", "ZUERICH", "CH"), new Row("z3", "Zürich", "CH"),
            new Row("z4", "ZUERICH", "CH"),
            new Row("t1", "Tokyo", "JP"), new Row("t2", "TOKYO", "JP"), new Row("t3", "Ｔｏｋｙｏ", "JP"),
            new Row("g1", "Munchen", "AT"), new Row("h1", "Hachioji", "JP"), new Row("n1", null, "JP"));

    private CitySpellingFiles() {
    }

    /**
     * What an import of the files stores, by actor id, worked out by hand from the rule of
     * {@link CitySpellings}: München is read twice; the three spellings of Cologne once each, and
     * Köln has a letter outside ASCII; ZUERICH twice; the three spellings of Tokyo once each, none
     * with an accent, Tokyo and Ｔｏｋｙｏ with four lower-case letters, and Tokyo first in string
     * order; Munchen in Austria is another city.
     */
    public static Map<String, Stored> expected(Format f) {
        Map<String, Stored> stored = new TreeMap<>();
        stored.put(f.id("m1"), new Stored("München", List.of()));
        stored.put(f.id("m2"), new Stored("München", List.of("MUENCHEN")));
        stored.put(f.id("m3"), new Stored("München", List.of()));
        stored.put(f.id("m4"), new Stored("München", List.of("MUNCHEN")));
        stored.put(f.id("m5"), new Stored("München", List.of("Muenchen")));
        stored.put(f.id("k1"), new Stored("Köln", List.of("KOELN")));
        stored.put(f.id("k2"), new Stored("Köln", List.of("KOLN")));
        stored.put(f.id("k3"), new Stored("Köln", List.of()));
        stored.put(f.id("z1"), new Stored("ZUERICH", List.of("ZURICH")));
        stored.put(f.id("z2"), new Stored("ZUERICH", List.of()));
        stored.put(f.id("z3"), new Stored("ZUERICH", List.of("Zürich")));
        stored.put(f.id("z4"), new Stored("ZUERICH", List.of()));
        stored.put(f.id("t1"), new Stored("Tokyo", List.of()));
        stored.put(f.id("t2"), new Stored("Tokyo", List.of("TOKYO")));
        stored.put(f.id("t3"), new Stored("Tokyo", List.of("Ｔｏｋｙｏ")));
        stored.put(f.id("g1"), new Stored("Munchen", List.of()));
        stored.put(f.id("h1"), new Stored("Hachioji", List.of()));
        stored.put(f.id("n1"), new Stored(null, List.of()));
        return stored;
    }

    /** The format's files, by name (the workbook is one file, {@code members.xlsx}), the rows in the given order. */
    public static Map<String, byte[]> files(Format f, Order order) {
        List<Row> rows = new ArrayList<>(ROWS);
        switch (order) {
            case AS_LISTED -> { }
            case REVERSED -> Collections.reverse(rows);
            case SHUFFLED -> Collections.shuffle(rows, new Random(20260417));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        switch (f) {
            case KAONET_CSV -> files.put("actors.csv", csv("id,name,kind,city,country", rows,
                    r -> List.of(f.id(r.suffix()), name(f, r), "COMPANY", text(r.city()), r.country())));
            case NEO4J_ADMIN -> files.put("nodes.csv", csv("id:ID,name,kind,city,country", rows,
                    r -> List.of(f.id(r.suffix()), name(f, r), "COMPANY", text(r.city()), r.country())));
            case CORDIS -> {
                files.put("project.csv", utf8("id,acronym\n" + f.project() + ",CITYSPELL\n"));
                files.put("organization.csv", csv("projectID,organisationID,name,activityType,city,country", rows,
                        r -> List.of(f.project(), f.id(r.suffix()), name(f, r), "PRC", text(r.city()), r.country())));
            }
            case GRAPHML -> files.put("network.graphml", graphml(f, rows));
            case WORKBOOK -> files.put("members.xlsx", workbook(f, rows));
        }
        return files;
    }

    /** Writes the format's files into a new folder under {@code parent}; returns the folder. */
    public static Path write(Path parent, Format f, Order order) {
        try {
            Path dir = Files.createTempDirectory(parent, f.tag());
            for (var file : files(f, order).entrySet()) {
                Files.write(dir.resolve(file.getKey()), file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Format f, Row r) {
        return f.nameTag() + " " + r.suffix();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static byte[] csv(String header, List<Row> rows, Function<Row, List<String>> fields) {
        StringBuilder out = new StringBuilder(header).append('\n');
        rows.forEach(r -> out.append(String.join(",", fields.apply(r))).append('\n'));
        return utf8(out.toString());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] graphml(Format f, List<Row> rows) {
        StringBuilder x = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <key id="name" for="node" attr.name="name" attr.type="string"/>
                <key id="city" for="node" attr.name="city" attr.type="string"/>
                <key id="country" for="node" attr.name="country" attr.type="string"/>
                <graph edgedefault="undirected">
                """);
        for (Row r : rows) {
            x.append("<node id=\"").append(f.id(r.suffix())).append("\"><data key=\"name\">").append(name(f, r)).append("</data>");
            if (r.city() != null) {
                x.append("<data key=\"city\">").append(r.city()).append("</data>");
            }
            x.append("<data key=\"country\">").append(r.country()).append("</data></node>\n");
        }
        return utf8(x.append("</graph>\n</graphml>\n").toString());
    }

    private static byte[] workbook(Format f, List<Row> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook book = new Workbook(out, "KaonetTest", "1.0");
            Worksheet sheet = book.newWorksheet("actors");
            List<String> header = List.of("id", "name", "kind", "city", "country");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                List<String> cells = List.of(f.id(row.suffix()), name(f, row), "COMPANY", text(row.city()), row.country());
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        sheet.value(r + 1, c, cells.get(c));
                    }
                }
            }
            book.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
