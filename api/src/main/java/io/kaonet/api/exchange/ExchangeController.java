package io.kaonet.api.exchange;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.MeterRegistry;
import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.jobs.Analyses;
import graphql.GraphQLContext;
import io.kaonet.api.imports.ImportController;
import io.kaonet.api.imports.ImportController.FileInput;
import io.kaonet.api.imports.NetworkImport.ImportOutcome;
import io.kaonet.api.network.Network;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.importers.export.ExportFormat;
import io.kaonet.importers.export.ExportedFile;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Imports in every exchange format, and exports of a scope's network for other tools. */
@Controller
public class ExchangeController {

    /** Largest export served over the API; larger networks are exported with the command line. */
    static final int MAX_EXPORT_EDGES = 200_000;

    /** The encoding pseudo-attribute of an XML declaration at the start of a text. */
    private static final Pattern XML_ENCODING =
            Pattern.compile("^(\\uFEFF?\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"'])([A-Za-z0-9._-]+)([\"'])");

    private final Exchange exchange;
    private final Analyses analyses;

    public ExchangeController(NetworkWriter writer, StoreQueries store, Analyses analyses, MeterRegistry meters) {
        this.exchange = new Exchange(writer, store, Timer.builder("kaonet.import.batch")
                .description("Batches written by an import").tag("format", "exchange").register(meters));
        this.analyses = analyses;
    }

    @MutationMapping
    public ImportOutcome importFormat(@Argument ExchangeFormat format, @Argument String path, GraphQLContext context) {
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("path '" + path + "' does not exist on the server");
        }
        return exchange.importFolder(format, p, ImportController.caller(context));
    }

    @MutationMapping
    public ImportOutcome importFormatFiles(@Argument ExchangeFormat format, @Argument List<FileInput> files,
                                           GraphQLContext context) {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        for (FileInput file : files) {
            String text = format == ExchangeFormat.GRAPHML ? declaredAsUtf8(file.content()) : file.content();
            if (streams.put(file.name(), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) != null) {
                throw new IllegalArgumentException("file '" + file.name() + "' is given twice");
            }
        }
        return exchange.importFiles(format, streams, ImportController.caller(context));
    }

    /**
     * An uploaded file arrives as text and is handed on as UTF-8, so an XML declaration naming another
     * encoding (ISO-8859-1, Shift_JIS, …) no longer describes the bytes: the reader would decode them
     * with it and store garbled names. The declaration is made to say UTF-8.
     */
    static String declaredAsUtf8(String xml) {
        Matcher m = XML_ENCODING.matcher(xml);
        if (!m.find() || m.group(2).equalsIgnoreCase("UTF-8")) {
            return xml;
        }
        return m.group(1) + "UTF-8" + m.group(3) + xml.substring(m.end());
    }

    @SchemaMapping(typeName = "Network", field = "export")
    public List<ExportedFile> export(Network network, @Argument ExportFormat format, @Argument List<ExportMetric> metrics) {
        List<ExportMetric> chosen = metrics == null ? List.of() : metrics;
        ProjectionMemo memo = ProjectionMemo.of(analyses, network.scope());
        return memo.get(new Export(format, chosen), (graph, run) -> {
            if (graph.edgeCount() > MAX_EXPORT_EDGES) {
                throw new IllegalArgumentException("the scope has " + graph.edgeCount() + " edges; exports over the API are limited to "
                        + MAX_EXPORT_EDGES + " (download the file from /downloads/network, or use the command line: kaonet export)");
            }
            return Exchange.exporter(memo, chosen).render(format);
        });
    }

    private record Export(ExportFormat format, List<ExportMetric> metrics) implements AnalysisKey<List<ExportedFile>> {
    }
}
