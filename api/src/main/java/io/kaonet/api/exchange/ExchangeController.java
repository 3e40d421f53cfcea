package io.kaonet.api.exchange;

import io.kaonet.api.imports.ImportController.FileInput;
import io.kaonet.api.imports.NetworkImport.ImportOutcome;
import io.kaonet.api.network.Network;
import io.kaonet.importers.export.ExportFormat;
import io.kaonet.importers.export.ExportedFile;
import io.kaonet.queries.projection.Projections;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Imports in every exchange format, and exports of a scope's network for other tools. */
@Controller
public class ExchangeController {

    /** Largest export served over the API; larger networks are exported with the command line. */
    static final int MAX_EXPORT_EDGES = 200_000;

    private final Exchange exchange;
    private final Projections projections;

    public ExchangeController(NetworkWriter writer, StoreQueries store, Projections projections) {
        this.exchange = new Exchange(writer, store);
        this.projections = projections;
    }

    @MutationMapping
    public ImportOutcome importFormat(@Argument ExchangeFormat format, @Argument String path) {
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("path '" + path + "' does not exist on the server");
        }
        return exchange.importFolder(format, p);
    }

    @MutationMapping
    public ImportOutcome importFormatFiles(@Argument ExchangeFormat format, @Argument List<FileInput> files) {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        for (FileInput file : files) {
            if (streams.put(file.name(), new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8))) != null) {
                throw new IllegalArgumentException("file '" + file.name() + "' is given twice");
            }
        }
        return exchange.importFiles(format, streams);
    }

    @SchemaMapping(typeName = "Network", field = "export")
    public List<ExportedFile> export(Network network, @Argument ExportFormat format, @Argument List<ExportMetric> metrics) {
        List<ExportMetric> chosen = metrics == null ? List.of() : metrics;
        String name = "export:" + format + ":" + chosen;
        return projections.analysis(network.scope(), name, graph -> {
            if (graph.edgeCount() > MAX_EXPORT_EDGES) {
                throw new IllegalArgumentException("the scope has " + graph.edgeCount() + " edges; exports over the API are limited to "
                        + MAX_EXPORT_EDGES + " (use the command line: kaonet export)");
            }
            return Exchange.export(graph, chosen, format);
        });
    }
}
