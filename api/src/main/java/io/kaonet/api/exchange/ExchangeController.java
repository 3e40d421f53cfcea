package io.kaonet.api.exchange;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.imports.ImportController.FileInput;
import io.kaonet.api.imports.ImportController;
import io.kaonet.api.imports.NetworkImport.ImportOutcome;
import io.kaonet.api.imports.NetworkImport;
import io.kaonet.api.jobs.Analyses;
import io.kaonet.api.jobs.AnalysisKey;
import io.kaonet.api.network.Network;
import io.kaonet.api.network.ProjectionMemo;
import io.kaonet.api.security.Caller;
import io.kaonet.api.security.Role;
import io.kaonet.importers.export.ExportFormat;
import io.kaonet.importers.export.ExportedFile;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.NetworkWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

/**
 * Imports in every format ({@code importNetwork}, {@code importFiles} with their {@code format}; the
 * deprecated {@code importFormat…}), and exports of a scope's network for other tools. Kaonet CSV goes
 * through {@link NetworkImport}, the other formats through {@link Exchange}.
 */
@Controller
public class ExchangeController {

    /** Largest export served over the API; larger networks are exported with the command line. */
    static final int MAX_EXPORT_EDGES = 200_000;

    /** The encoding pseudo-attribute of an XML declaration at the start of a text. */
    private static final Pattern XML_ENCODING =
            Pattern.compile("^(\\uFEFF?\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"'])([A-Za-z0-9._-]+)([\"'])");

    private final Exchange exchange;
    private final NetworkImport kaonetCsv;
    private final Analyses analyses;

    public ExchangeController(NetworkWriter writer, StoreQueries store, Analyses analyses, MeterRegistry meters,
                              NetworkImport kaonetCsv) {
        this.exchange = new Exchange(writer, store, Timer.builder("kaonet.import.batch")
                .description("Batches written by an import").tag("format", "exchange").register(meters));
        this.kaonetCsv = kaonetCsv;
        this.analyses = analyses;
    }

    /**
     * The arguments of {@code Mutation.importNetwork}; the default format is the schema's.
     *
     * @param format    the files' format
     * @param directory a folder on the server (for GraphML, the file itself or a folder holding one)
     */
    public record ImportNetworkArguments(ImportFormat format, String directory) {

        public ImportNetworkArguments {
            requireGiven("format", format);
        }
    }

    /**
     * The arguments of {@code Mutation.importFiles}; the default format is the schema's.
     *
     * @param format the files' format
     * @param files  the files, each with its name and text
     */
    public record ImportFilesArguments(ImportFormat format, List<FileInput> files) {

        public ImportFilesArguments {
            requireGiven("format", format);
        }
    }

    /**
     * The arguments of the deprecated {@code Mutation.importFormat}.
     *
     * @param format the files' format
     * @param path   a folder or file on the server
     */
    public record ImportFormatArguments(ImportFormat format, String path) {
    }

    @MutationMapping
    public ImportOutcome importNetwork(@Arguments ImportNetworkArguments arguments, GraphQLContext context) {
        String directory = arguments.directory();
        Path path;
        try {
            path = Path.of(directory);
        } catch (InvalidPathException e) {
            throw new InvalidArgumentException("directory", directory, "directory '" + directory + "' is not a path");
        }
        boolean fileAllowed = arguments.format() == ImportFormat.GRAPHML;
        if (fileAllowed ? !Files.exists(path) : !Files.isDirectory(path)) {
            throw new InvalidArgumentException("directory", directory, "directory '" + directory + "' is not a "
                    + (fileAllowed ? "folder or file" : "folder") + " on the server");
        }
        String by = ImportController.caller(context);
        return arguments.format() == ImportFormat.KAONET_CSV ? kaonetCsv.importFolder(path, by)
                : exchange.importFolder(arguments.format(), path, by);
    }

    /**
     * Kaonet CSV files need COORDINATOR (the field's {@code @auth}: coordinators bring their clusters'
     * member lists); every other format needs ADMIN, as the deprecated {@code importFormatFiles} did.
     */
    @MutationMapping
    public ImportOutcome importFiles(@Arguments ImportFilesArguments arguments, DataFetchingEnvironment env) {
        Caller caller = env.getGraphQlContext().get(Caller.class);
        if (arguments.format() != ImportFormat.KAONET_CSV && (caller == null || !caller.may(Role.ADMIN, true))) {
            throw new AccessDeniedException("importFiles in format " + arguments.format() + " needs role ADMIN");
        }
        String by = ImportController.caller(env.getGraphQlContext());
        return arguments.format() == ImportFormat.KAONET_CSV ? kaonetCsv.importTexts(texts(arguments.files()), by)
                : importStreams(arguments.format(), arguments.files(), by);
    }

    /** The files by name; a name given twice is refused. */
    private static Map<String, String> texts(List<FileInput> files) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (FileInput file : files) {
            if (texts.put(file.name(), file.content()) != null) {
                throw new InvalidArgumentException("files", file.name(), "file '" + file.name() + "' is given twice");
            }
        }
        return texts;
    }

    /** Deprecated: {@code importNetwork(format:, directory:)} replaces it; it answers as before. */
    @MutationMapping
    public ImportOutcome importFormat(@Arguments ImportFormatArguments arguments, GraphQLContext context) {
        Path p = Path.of(arguments.path());
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("path '" + arguments.path() + "' does not exist on the server");
        }
        return exchange.importFolder(arguments.format(), p, ImportController.caller(context));
    }

    /** Deprecated: {@code importFiles(format:, files:)} replaces it; it answers as before. */
    @MutationMapping
    public ImportOutcome importFormatFiles(@Arguments ImportFilesArguments arguments, GraphQLContext context) {
        return importStreams(arguments.format(), arguments.files(), ImportController.caller(context));
    }

    private ImportOutcome importStreams(ImportFormat format, List<FileInput> files, String by) {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        for (FileInput file : files) {
            String text = format == ImportFormat.GRAPHML ? declaredAsUtf8(file.content()) : file.content();
            if (streams.put(file.name(), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) != null) {
                throw new IllegalArgumentException("file '" + file.name() + "' is given twice");
            }
        }
        return exchange.importFiles(format, streams, by);
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

    /**
     * The arguments of {@code Network.export}; the default (no metrics) is the schema's.
     *
     * @param format  the file format
     * @param metrics metrics to add as node attributes
     */
    public record ExportArguments(ExportFormat format, List<ExportMetric> metrics) {

        public ExportArguments {
            requireGiven("metrics", metrics);
            metrics = List.copyOf(metrics);
        }
    }

    @SchemaMapping(typeName = "Network", field = "export")
    public List<ExportedFile> export(Network network, @Arguments ExportArguments arguments) {
        ExportFormat format = arguments.format();
        List<ExportMetric> chosen = arguments.metrics();
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
