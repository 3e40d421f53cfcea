package io.kaonet.api.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Seven actors whose cities are spelt several ways, as the files of every import format, with the
 * cities and provenance the import must store (worked out by hand from the rule in
 * {@code docs/data-formats.md}, City spellings): München is read twice, MUENCHEN and Munchen once;
 * KOELN and Köln once each, and Köln has an umlaut. Each format's actors get ids and names of their
 * own ({@code cs-<format>-m1}, {@code cityspell-<format> m1}), so that tests of several formats share a store.
 */
public final class CitySpellingFiles {

    /** The formats: the GraphQL {@code ImportFormat} names, and the workbook. */
    public enum Format {
        KAONET_CSV, NEO4J_ADMIN, GRAPHML, CORDIS, WORKBOOK;

        /** The tag in this format's ids and names. */
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

    /** An actor's city as stored, and the spellings it replaced. */
    public record Stored(String city, List<String> citySpellings) {
    }

    private record Row(String suffix, String city, String country) {
    }

    private static final List<Row> ROWS = List.of(new Row("m1", "München", "DE"), new Row("m2", "MUENCHEN", "DE"),
            new Row("m3", "München", "DE"), new Row("m4", "Munchen", "DE"), new Row("k1", "KOELN", "DE"),
            new Row("k2", "Köln", "DE"), new Row("h1", "Hachioji", "JP"));

    private CitySpellingFiles() {
    }

    /** What the import stores, by actor id. */
    public static Map<String, Stored> expected(Format f) {
        Map<String, Stored> stored = new TreeMap<>();
        stored.put(f.id("m1"), new Stored("München", List.of()));
        stored.put(f.id("m2"), new Stored("München", List.of("MUENCHEN")));
        stored.put(f.id("m3"), new Stored("München", List.of()));
        stored.put(f.id("m4"), new Stored("München", List.of("Munchen")));
        stored.put(f.id("k1"), new Stored("Köln", List.of("KOELN")));
        stored.put(f.id("k2"), new Stored("Köln", List.of()));
        stored.put(f.id("h1"), new Stored("Hachioji", List.of()));
        return stored;
    }

    /** How many actors the files hold. */
    public static int actors() {
        return ROWS.size();
    }

    /**
     * The format's files, by name, with the actors in the order listed or reversed; the workbook is
     * one file {@code members.xlsx}.
     */
    public static Map<String, byte[]> files(Format f, boolean reversed) {
        List<Row> rows = new ArrayList<>(ROWS);
        if (reversed) {
            Collections.reverse(rows);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        switch (f) {
            case KAONET_CSV -> files.put("actors.csv", csv("id,name,kind,city,country", rows, f, "COMPANY"));
            case NEO4J_ADMIN -> files.put("nodes.csv", csv("id:ID,name,kind,city,country", rows, f, "COMPANY"));
            case CORDIS -> {
                files.put("project.csv", utf8("id,acronym\n" + f.project() + ",CITYSPELL\n"));
                StringBuilder out = new StringBuilder("projectID,organisationID,name,activityType,city,country\n");
                rows.forEach(r -> out.append(String.join(",", f.project(), f.id(r.suffix()), name(f, r), "PRC", r.city(),
                        r.country())).append('\n'));
                files.put("organization.csv", utf8(out.toString()));
            }
            case GRAPHML -> {
                StringBuilder x = new StringBuilder("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                        <key id="name" for="node" attr.name="name" attr.type="string"/>
                        <key id="city" for="node" attr.name="city" attr.type="string"/>
                        <key id="country" for="node" attr.name="country" attr.type="string"/>
                        <graph edgedefault="undirected">
                        """);
                rows.forEach(r -> x.append("<node id=\"").append(f.id(r.suffix())).append("\"><data key=\"name\">")
                        .append(name(f, r)).append("</data><data key=\"city\">").append(r.city())
                        .append("</data><data key=\"country\">").append(r.country()).append("</data></node>\n"));
                files.put("network.graphml", utf8(x.append("</graph>\n</graphml>\n").toString()));
            }
            case WORKBOOK -> files.put("members.xlsx", workbook(rows, f));
        }
        return files;
    }

    private static String name(Format f, Row r) {
        return f.nameTag() + " " + r.suffix();
    }

    private static byte[] csv(String header, List<Row> rows, Format f, String kind) {
        StringBuilder out = new StringBuilder(header).append('\n');
        rows.forEach(r -> out.append(String.join(",", f.id(r.suffix()), name(f, r), kind, r.city(), r.country())).append('\n'));
        return utf8(out.toString());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] workbook(List<Row> rows, Format f) {
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
                List<String> cells = List.of(f.id(row.suffix()), name(f, row), "COMPANY", row.city(), row.country());
                for (int c = 0; c < cells.size(); c++) {
                    sheet.value(r + 1, c, cells.get(c));
                }
            }
            book.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
