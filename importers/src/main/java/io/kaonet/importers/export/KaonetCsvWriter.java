package io.kaonet.importers.export;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import io.kaonet.importers.text.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch as Kaonet CSV files (see {@code docs/data-formats.md}), which the Kaonet CSV importer
 * reads back to the same records. Only the files with records are written, plus
 * {@code actors.csv} always.
 */
final class KaonetCsvWriter {

    private KaonetCsvWriter() {
    }

    static List<String> files(NetworkBatch b) {
        List<String> names = new ArrayList<>();
        if (!b.clusters().isEmpty()) {
            names.add("clusters.csv");
        }
        names.add("actors.csv");
        if (!b.activities().isEmpty()) {
            names.add("activities.csv");
        }
        if (!b.ties().isEmpty()) {
            names.add("ties.csv");
        }
        if (!b.memberships().isEmpty()) {
            names.add("memberships.csv");
        }
        if (!b.participations().isEmpty()) {
            names.add("participations.csv");
        }
        return names;
    }

    static void write(NetworkBatch b, String file, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CsvWriter csv = new CsvWriter(w);
        switch (file) {
            case "clusters.csv" -> {
                csv.row("id", "name", "region", "country", "type", "description");
                for (Cluster c : b.clusters()) {
                    csv.row(c.id(), c.name(), c.region(), c.country(), c.type(), c.description());
                }
            }
            case "actors.csv" -> {
                csv.row("id", "name", "kind", "industry", "region", "city", "country", "latitude", "longitude",
                        "founded", "employees", "sme", "technologies", "offers", "seeks");
                for (Actor a : b.actors()) {
                    csv.row(a.id(), a.name(), a.kind(), a.industry(), a.region(), a.city(), a.country(),
                            a.location() == null ? null : a.location().latitude(),
                            a.location() == null ? null : a.location().longitude(), a.founded(), a.employees(), a.sme(),
                            String.join("|", a.technologies()), String.join("|", a.offers()), String.join("|", a.seeks()));
                }
            }
            case "activities.csv" -> {
                csv.row("id", "name", "kind", "start", "end", "programme", "fundingScheme");
                for (Activity a : b.activities()) {
                    csv.row(a.id(), a.name(), a.kind(), a.start(), a.end(), a.programme(), a.fundingScheme());
                }
            }
            case "ties.csv" -> {
                csv.row("id", "source", "target", "kind", "since", "until", "weight");
                for (Tie t : b.ties()) {
                    csv.row(t.id(), t.sourceId(), t.targetId(), t.kind(), t.since(), t.until(), t.weight());
                }
            }
            case "memberships.csv" -> {
                csv.row("actor", "cluster", "since", "until");
                for (Membership m : b.memberships()) {
                    csv.row(m.actorId(), m.clusterId(), m.since(), m.until());
                }
            }
            case "participations.csv" -> {
                csv.row("activity", "actor", "role", "contribution");
                for (Participation p : b.participations()) {
                    csv.row(p.activityId(), p.actorId(), p.role(), p.contribution());
                }
            }
            default -> throw new IllegalArgumentException("not a Kaonet CSV file: " + file);
        }
        w.flush();
    }
}
