package io.kaonet.api.imports;

import graphql.GraphQLContext;
import io.kaonet.api.errors.InvalidArgumentException;
import io.kaonet.api.imports.NetworkImport.ImportOutcome;
import io.kaonet.api.security.Caller;
import java.util.Base64;
import org.springframework.graphql.data.method.annotation.Arguments;
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

    /**
     * The arguments of {@code Mutation.importWorkbook}.
     *
     * @param workbook the workbook sent
     */
    public record ImportWorkbookArguments(WorkbookInput workbook) {
    }

    @MutationMapping
    public ImportOutcome importWorkbook(@Arguments ImportWorkbookArguments arguments, GraphQLContext context) {
        WorkbookInput workbook = arguments.workbook();
        return networkImport.importWorkbook(workbook.name(), workbook.bytes(), caller(context));
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

        /** @throws InvalidArgumentException when the content is not base64 (line breaks and spaces aside) */
        public WorkbookInput {
            if (content != null) {
                decode(name, content);
            }
        }

        /** The workbook's bytes. */
        public byte[] bytes() {
            return decode(name, content);
        }

        private static byte[] decode(String name, String content) {
            try {
                return Base64.getDecoder().decode(content.replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                throw new InvalidArgumentException("workbook.content", name,
                        "the content of workbook '" + name + "' is not base64");
            }
        }
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
