package io.kaonet.importers.csv;

import io.kaonet.importers.text.CsvColumns;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The six files of Kaonet's CSV format, in the order they are read: definitions before references. */
enum KaonetFile {
    CLUSTERS("clusters.csv", List.of("id", "name"), List.of("region", "country", "type", "description")),
    ACTORS("actors.csv", List.of("id", "name", "kind"), List.of("industry", "region", "city", "country",
            "latitude", "longitude", "founded", "employees", "sme", "technologies", "offers", "seeks")),
    ACTIVITIES("activities.csv", List.of("id", "name", "kind"), List.of("start", "end", "programme", "fundingScheme")),
    TIES("ties.csv", List.of("source", "target", "kind"), List.of("id", "since", "until", "weight")),
    MEMBERSHIPS("memberships.csv", List.of("actor", "cluster"), List.of("since", "until")),
    PARTICIPATIONS("participations.csv", List.of("activity", "actor"), List.of("role", "contribution"));

    static final List<String> NAMES = Arrays.stream(values()).map(KaonetFile::fileName).toList();

    private final String fileName;
    private final CsvColumns columns;

    KaonetFile(String fileName, List<String> required, List<String> optional) {
        this.fileName = fileName;
        this.columns = CsvColumns.of(required, optional);
    }

    String fileName() {
        return fileName;
    }

    CsvColumns columns() {
        return columns;
    }

    static Optional<KaonetFile> named(String fileName) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(fileName)).findFirst();
    }
}
