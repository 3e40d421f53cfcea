package io.kaonet.api.imports;

import graphql.GraphQLContext;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.imports.NetworkImport.ImportOutcome;
import io.kaonet.api.security.Caller;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Loads files into a running system: a server-side folder, or files sent in the request. */
@Controller
public class ImportController {

    private final NetworkImport networkImport;

    public ImportController(NetworkImport networkImport) {
        this.networkImport = networkImport;
    }

    @MutationMapping
    public ImportOutcome importNetwork(@Argument String directory, GraphQLContext context) {
        Path folder;
        try {
            folder = Path.of(directory);
        } catch (InvalidPathException e) {
            throw new InvalidArgumentException("directory", directory, "directory '" + directory + "' is not a path");
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidArgumentException("directory", directory,
                    "directory '" + directory + "' is not a folder on the server");
        }
        return networkImport.importFolder(folder, caller(context));
    }

    @MutationMapping
    public ImportOutcome importFiles(@Argument List<FileInput> files, GraphQLContext context) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (FileInput file : files) {
            if (texts.put(file.name(), file.content()) != null) {
                throw new InvalidArgumentException("files", file.name(), "file '" + file.name() + "' is given twice");
            }
        }
        return networkImport.importTexts(texts, caller(context));
    }

    @MutationMapping
    public ImportOutcome importWorkbook(@Argument WorkbookInput workbook, GraphQLContext context) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(workbook.content().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("workbook.content", workbook.name(),
                    "the content of workbook '" + workbook.name() + "' is not base64");
        }
        return networkImport.importWorkbook(workbook.name(), bytes, caller(context));
    }

    /** Who sends the request, as the import log names them: the API token's name. */
    public static String caller(GraphQLContext context) {
        Caller caller = context.get(Caller.class);
        return caller == null ? "anonymous" : caller.name();
    }

    /**
     * A workbook sent in the request.
     *
     * @param name    file name, e.g. {@code members.xlsx}
     * @param content the file's bytes, base64
     */
    public record WorkbookInput(String name, String content) {
    }

    /**
     * A file sent in the request.
     *
     * @param name    file name, e.g. {@code actors.csv}
     * @param content the whole text
     */
    public record FileInput(String name, String content) {
    }
}
