package io.kaonet.core.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Reference values computed by the test itself with Debian's NetworkX and python-igraph
 * ({@code /usr/bin/python3}; CI installs {@code python3-networkx python3-igraph}): runs a script
 * that prints one JSON document and returns it. Fails, rather than skips, when the interpreter or
 * its packages are missing, so a machine without them cannot pass silently.
 */
public final class ReferencePython {

    /** Debian's interpreter, which has the packages (a pyenv {@code python3} on the PATH may not). */
    public static final Path INTERPRETER = Path.of("/usr/bin/python3");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferencePython() {
    }

    /** Runs {@code script} and parses what it printed. */
    public static JsonNode run(String script) {
        if (!Files.isExecutable(INTERPRETER)) {
            throw new IllegalStateException(INTERPRETER + " is missing: install python3-networkx python3-igraph");
        }
        try {
            Path file = Files.createTempFile("kaonet-reference", ".py");
            try {
                Files.writeString(file, script, StandardCharsets.UTF_8);
                Process p = new ProcessBuilder(INTERPRETER.toString(), file.toString()).start();
                byte[] out = p.getInputStream().readAllBytes();
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("the reference script failed (are python3-networkx and "
                            + "python3-igraph installed?): " + err);
                }
                return JSON.readTree(out);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + INTERPRETER, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + INTERPRETER, e);
        }
    }
}
