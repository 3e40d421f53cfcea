package io.kaonet.importers.neo4jadmin;

import io.kaonet.core.model.ActorKind;
import io.kaonet.importers.KnownIds;
import io.kaonet.importers.Problems;
import io.kaonet.importers.field.FieldReader;
import io.kaonet.importers.properties.PropertyNetwork.PropertyMap;
import io.kaonet.importers.properties.PropertyNetwork;
import io.kaonet.importers.text.CsvColumns;
import io.kaonet.importers.text.CsvFormat;
import io.kaonet.importers.text.CsvReader;
import io.kaonet.importers.text.CsvRecord;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** One pass over neo4j-admin files: node files first, then relationship files, into a {@link PropertyNetwork}. */
final class AdminImport {

    private static final Map<String, ActorKind> KIND_LABELS = new HashMap<>();

    static {
        for (ActorKind kind : ActorKind.values()) {
            KIND_LABELS.put(kind.name(), kind);
            StringBuilder camel = new StringBuilder();
            for (String part : kind.name().split("_")) {
                camel.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
            KIND_LABELS.put(camel.toString(), kind);
        }
    }

    /** A file to read: its name and how to open it. */
    record Source(String name, Supplier<InputStream> open) {
    }

    private final Problems problems;
    private final PropertyNetwork network;
    private final Set<KnownIds.Kind> unreliable = EnumSet.noneOf(KnownIds.Kind.class);

    AdminImport(Problems problems, PropertyNetwork network) {
        this.problems = problems;
        this.network = network;
    }

    Set<KnownIds.Kind> unreliable() {
        return unreliable;
    }

    /** Reads the node files, then the relationship files; a file's kind comes from its header. */
    void run(List<Source> sources) {
        // Node files before relationship files, so that references resolve in one pass.
        for (boolean nodePass : new boolean[] {true, false}) {
            pass(sources, nodePass);
        }
    }

    /** Reads the node files only. */
    void runNodes(List<Source> sources) {
        pass(sources, true);
    }

    private void pass(List<Source> sources, boolean nodePass) {
        for (Source s : sources) {
            if (problems.full()) {
                return;
            }
            read(s, nodePass);
        }
    }

    private void read(Source source, boolean nodePass) {
        try (CsvReader reader = new CsvReader(source.name(), source.open().get(), CsvFormat.RFC_4180, new Problems())) {
            // Peek at the header with a throw-away collector: the real read reports problems once.
            var names = reader.header(CsvColumns.ANY);
            if (names.isEmpty()) {
                if (nodePass) {
                    readWithProblems(source, true);
                }
                return;
            }
            boolean nodes = names.get().names().stream().anyMatch(n -> n.strip().matches("[^:]*:ID(\\(.*\\))?"));
            if (nodes == nodePass) {
                readWithProblems(source, nodes);
            }
        }
    }

    private void readWithProblems(Source source, boolean nodeFile) {
        try (CsvReader reader = new CsvReader(source.name(), source.open().get(), CsvFormat.RFC_4180, problems)) {
            var csvHeader = reader.header(CsvColumns.ANY);
            if (csvHeader.isEmpty()) {
                distrustAll();
                return;
            }
            AdminHeader header = AdminHeader.parse(source.name(), csvHeader.get().line(), csvHeader.get().names(), problems);
            if (header == null) {
                distrustAll();
                return;
            }
            for (CsvRecord record : reader) {
                PropertyMap bag = bag(source.name(), header, record);
                if (bag == null) {
                    continue;
                }
                if (header.nodes()) {
                    node(bag, record.get(header.index(AdminHeader.Role.ID)),
                            header.index(AdminHeader.Role.LABEL) < 0 ? "" : record.get(header.index(AdminHeader.Role.LABEL)));
                } else {
                    relationship(bag, record.get(header.index(AdminHeader.Role.START_ID)).strip(),
                            record.get(header.index(AdminHeader.Role.END_ID)).strip(),
                            record.get(header.index(AdminHeader.Role.TYPE)).strip());
                }
            }
            if (reader.refused() && nodeFile) {
                distrustAll();
            }
        }
    }

    private void distrustAll() {
        unreliable.addAll(EnumSet.allOf(KnownIds.Kind.class));
    }

    private void node(PropertyMap bag, String id, String labelText) {
        String key = id.strip();
        boolean cluster = false;
        boolean activity = false;
        ActorKind kind = null;
        for (String label : labelText.split(";")) {
            String l = label.strip();
            if (l.equals("Cluster")) {
                cluster = true;
            } else if (l.equals("Activity")) {
                activity = true;
            } else if (KIND_LABELS.containsKey(l)) {
                kind = KIND_LABELS.get(l);
            }
        }
        if (cluster) {
            network.cluster(bag, key);
        } else if (activity) {
            network.activity(bag, key);
        } else {
            if (kind != null && bag.get("kind") == null) {
                bag.put("kind", kind.name());
            }
            network.actor(bag, key);
        }
    }

    private void relationship(PropertyMap bag, String start, String end, String type) {
        switch (type) {
            case "MEMBER_OF" -> network.membership(bag, ":START_ID", start, ":END_ID", end);
            case "PARTICIPATES_IN" -> network.participation(bag, ":START_ID", start, ":END_ID", end);
            default -> network.tie(bag, ":START_ID", start, ":END_ID", end, type.isEmpty() ? null : type);
        }
    }

    /** The record's properties, checked against their declared types; null when a value has the wrong type. */
    private PropertyMap bag(String file, AdminHeader header, CsvRecord record) {
        PropertyMap bag = new PropertyMap(file, record.line());
        boolean ok = true;
        for (int i = 0; i < header.columns.size(); i++) {
            AdminHeader.Column c = header.columns.get(i);
            if (c.role() != AdminHeader.Role.PROPERTY) {
                continue;
            }
            String raw = record.get(i);
            if (raw.isEmpty()) {
                continue;
            }
            String[] items = c.array() ? raw.split(";") : new String[] {raw};
            for (String item : items) {
                if (!FieldReader.fitsType(c.type(), item.strip())) {
                    problems.add(file, record.line(), c.name(), raw, "is not of type " + c.type() + (c.array() ? "[]" : ""));
                    ok = false;
                    break;
                }
            }
            bag.put(c.name(), c.array() ? String.join("|", items) : raw);
        }
        return ok ? bag : null;
    }

}
