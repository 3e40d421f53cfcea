package io.kaonet.demo;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import io.kaonet.importers.text.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes a batch as Kaonet CSV (see {@code docs/data-formats.md}): six UTF-8 files without a byte-order
 * mark, a header line, LF line ends, RFC 4180 quoting by the importers' one CSV writer
 * ({@link CsvWriter}), ISO dates, {@code |}-separated keyword lists and empty
 * fields for unknown values. A tie weight of 1 is written empty (the format's default).
 *
 * <p>Each file is written to a temporary file in the target folder and then moved into place, so a
 * reader never sees a half-written file.
 */
final class DemoCsvWriter {

    static final List<String> CLUSTER_COLUMNS = List.of("id", "name", "region", "country", "type", "description");
    static final List<String> ACTOR_COLUMNS = List.of("id", "name", "kind", "industry", "region", "city", "country",
            "latitude", "longitude", "founded", "employees", "sme", "technologies", "offers", "seeks");
    static final List<String> TIE_COLUMNS = List.of("id", "source", "target", "kind", "since", "until", "weight");
    static final List<String> MEMBERSHIP_COLUMNS = List.of("actor", "cluster", "since", "until");
    static final List<String> ACTIVITY_COLUMNS = List.of("id", "name", "kind", "start", "end", "programme",
            "fundingScheme");
    static final List<String> PARTICIPATION_COLUMNS = List.of("activity", "actor", "role", "contribution");

    /** The file names, in the order they are written. */
    static final List<String> FILES = List.of("clusters.csv", "actors.csv", "ties.csv", "memberships.csv",
            "activities.csv", "participations.csv");

    private DemoCsvWriter() {
    }

    /** Writes the six files into {@code folder}, creating it if needed; returns the files written. */
    static List<Path> write(NetworkBatch batch, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(writeFile(folder, FILES.get(0), render(CLUSTER_COLUMNS, batch.clusters(), DemoCsvWriter::cluster)));
        written.add(writeFile(folder, FILES.get(1), render(ACTOR_COLUMNS, batch.actors(), DemoCsvWriter::actor)));
        written.add(writeFile(folder, FILES.get(2), render(TIE_COLUMNS, batch.ties(), DemoCsvWriter::tie)));
        written.add(writeFile(folder, FILES.get(3), render(MEMBERSHIP_COLUMNS, batch.memberships(), DemoCsvWriter::membership)));
        written.add(writeFile(folder, FILES.get(4), render(ACTIVITY_COLUMNS, batch.activities(), DemoCsvWriter::activity)));
        written.add(writeFile(folder, FILES.get(5), render(PARTICIPATION_COLUMNS, batch.participations(),
                DemoCsvWriter::participation)));
        return written;
    }

    static <T> String render(List<String> header, List<T> rows, Function<T, List<String>> fields) {
        StringWriter s = new StringWriter();
        CsvWriter csv = new CsvWriter(s);
        csv.row(header);
        for (T row : rows) {
            List<String> values = fields.apply(row);
            if (values.size() != header.size()) {
                throw new IllegalStateException("row has " + values.size() + " fields, header " + header.size());
            }
            csv.row(values);
        }
        return s.toString();
    }

    private static Path writeFile(Path folder, String name, String content) throws IOException {
        Path target = folder.resolve(name);
        Path temporary = folder.resolve("." + name + ".part");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }

    private static List<String> cluster(Cluster c) {
        return Arrays.asList(c.id(), c.name(), c.region(), c.country(), c.type() == null ? null : c.type().name(),
                c.description());
    }

    private static List<String> actor(Actor a) {
        return Arrays.asList(a.id(), a.name(), a.kind().name(), a.industry(), a.region(), a.city(), a.country(),
                a.location() == null ? null : coordinate(a.location().latitude()),
                a.location() == null ? null : coordinate(a.location().longitude()),
                a.founded() == null ? null : a.founded().toString(),
                a.employees() == null ? null : a.employees().toString(),
                a.sme() == null ? null : a.sme().toString(),
                keywords(a.technologies()), keywords(a.offers()), keywords(a.seeks()));
    }

    private static List<String> tie(Tie t) {
        return Arrays.asList(t.id(), t.sourceId(), t.targetId(), t.kind().name(), date(t.since()), date(t.until()),
                t.weight() == 1 ? null : number(t.weight()));
    }

    private static List<String> membership(Membership m) {
        return Arrays.asList(m.actorId(), m.clusterId(), date(m.since()), date(m.until()));
    }

    private static List<String> activity(Activity a) {
        return Arrays.asList(a.id(), a.name(), a.kind().name(), date(a.start()), date(a.end()), a.programme(),
                a.fundingScheme());
    }

    private static List<String> participation(Participation p) {
        return Arrays.asList(p.activityId(), p.actorId(), p.role(),
                p.contribution() == null ? null : number(p.contribution()));
    }

    private static String keywords(List<String> words) {
        for (String w : words) {
            if (w.indexOf('|') >= 0) {
                throw new IllegalArgumentException("keyword must not contain '|': " + w);
            }
        }
        return words.isEmpty() ? null : String.join("|", words);
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.4f", degrees);
    }

    /** A number in plain decimal notation without trailing zeros: {@code 3}, {@code 12.5}. */
    static String number(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
