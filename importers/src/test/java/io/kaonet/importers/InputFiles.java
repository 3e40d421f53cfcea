package io.kaonet.importers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes the input files of importer tests into a folder, failing the test unchecked when the disk refuses. */
public final class InputFiles {

    private InputFiles() {
    }

    /** Writes {@code content} as the file {@code name} in {@code folder}, replacing it; returns its path. */
    public static Path write(Path folder, String name, byte[] content) {
        try {
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code content} in UTF-8 as the file {@code name} in {@code folder}; returns its path. */
    public static Path write(Path folder, String name, String content) {
        return write(folder, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes every file of {@code files} (name to content) in {@code folder}. */
    public static void write(Path folder, Map<String, byte[]> files) {
        files.forEach((name, content) -> write(folder, name, content));
    }
}
