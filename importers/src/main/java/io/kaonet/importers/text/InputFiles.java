package io.kaonet.importers.text;

import io.kaonet.importers.ImportException;
import io.kaonet.importers.ImportProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the importers that read a folder or uploaded files share: checking the folder, opening a
 * file, closing a stream after its data were read, and taking the file name from an upload's name.
 *
 * <p>Stateless and thread-safe.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * The folder's own name, for problem reports.
     *
     * @throws ImportException if the path is not a folder
     */
    public static String requireFolder(Path folder) {
        String name = String.valueOf(folder.getFileName());
        if (!Files.isDirectory(folder)) {
            throw new ImportException(ImportProblem.ofFile(name, "is not a folder"));
        }
        return name;
    }

    /**
     * Opens a file for reading.
     *
     * @throws UncheckedIOException if it cannot be opened
     */
    public static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes a stream whose data were read; a failure to close cannot change the outcome of an import. */
    public static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Closing after the data were read cannot change the outcome of the import.
        }
    }

    /** The file name of an uploaded file's name: what follows the last {@code /} or {@code \}. */
    public static String fileName(String uploadName) {
        return uploadName.substring(Math.max(uploadName.lastIndexOf('/'), uploadName.lastIndexOf('\\')) + 1);
    }
}
