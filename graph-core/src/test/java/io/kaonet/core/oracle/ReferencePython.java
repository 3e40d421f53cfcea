package io.kaonet.core.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Reference values computed by the test itself with Debian's NetworkX and python-igraph
 * ({@code /usr/bin/python3}; CI installs {@code python3-networkx python3-igraph}): runs a script
 * that prints one JSON document and returns it. Where the interpreter or its packages are missing
 * the calling test is skipped with a message, as the page tests are without a browser; with
 * {@code KAONET_REQUIRE_PYTHON_READERS=true} (set by CI) it fails instead, so CI cannot pass silently.
 */
public final class ReferencePython {

    /** Debian's interpreter, which has the packages (a pyenv {@code python3} on the PATH may not). */
    public static final Path INTERPRETER = Path.of("/usr/bin/python3");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile Boolean available;

    private ReferencePython() {
    }

    /** Runs {@code script} and parses what it printed. */
    public static JsonNode run(String script) {
        if (!available()) {
            String message = INTERPRETER + " with networkx and igraph is missing: install python3-networkx python3-igraph";
            if (Boolean.parseBoolean(System.getenv("KAONET_REQUIRE_PYTHON_READERS"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
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

    private static boolean available() {
        if (available == null) {
            boolean found = false;
            if (Files.isExecutable(INTERPRETER)) {
                try {
                    Process p = new ProcessBuilder(INTERPRETER.toString(), "-c", "import networkx, igraph")
                            .redirectErrorStream(true).start();
                    p.getInputStream().readAllBytes();
                    found = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
                } catch (IOException e) {
                    found = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            available = found;
        }
        return available;
    }
}
