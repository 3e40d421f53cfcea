package io.kaonet.api.imports;

import graphql.GraphQLContext;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.imports.NetworkImport.ImportOutcome;
import io.kaonet.api.security.Caller;
import java.util.Base64;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Loads an Excel workbook of Kaonet CSV sheets into a running system. Folders and files in every
 * format ({@code importNetwork}, {@code importFiles}) are the exchange package's.
 */
@Controller
public class ImportController {

    private final NetworkImport networkImport;

    public ImportController(NetworkImport networkImport) {
        this.networkImport = networkImport;
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
