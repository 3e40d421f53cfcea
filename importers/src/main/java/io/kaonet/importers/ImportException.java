package io.kaonet.importers;

import java.util.List;

/**
 * An input was refused: it holds every problem found, up to {@link #MAX_PROBLEMS}, each naming
 * file, line, field and value. Nothing was written when this is thrown.
 */
public class ImportException extends RuntimeException {

    /** The most problems one import reports; further ones are counted but not listed. */
    public static final int MAX_PROBLEMS = 100;

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;
    private final boolean truncated;

    /**
     * @param problems  what is wrong; at least one
     * @param truncated whether more problems were found than listed
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ImportException(List<ImportProblem> problems, boolean truncated) {
        super(summary(problems, truncated));
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    /** A refusal for a single problem. */
    public ImportException(ImportProblem problem) {
        this(List.of(problem), false);
    }

    /** The problems, in the order found (file by file, line by line). */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** Whether more problems were found than {@link #problems()} lists. */
    public boolean truncated() {
        return truncated;
    }

    private static String summary(List<ImportProblem> problems, boolean truncated) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import exception needs at least one problem");
        }
        StringBuilder s = new StringBuilder("import refused, ")
                .append(problems.size()).append(truncated ? "+" : "").append(" problem(s):");
        problems.stream().limit(10).forEach(p -> s.append("\n  ").append(p));
        if (problems.size() > 10) {
            s.append("\n  …");
        }
        return s.toString();
    }
}
