package io.kaonet.importers;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one import, up to {@link ImportException#MAX_PROBLEMS}, so that a user
 * sees all of them at once rather than one per attempt.
 */
public final class Problems {

    private final List<ImportProblem> found = new ArrayList<>();
    private long total;

    /** Records a problem. */
    public void add(ImportProblem problem) {
        total++;
        if (found.size() < ImportException.MAX_PROBLEMS) {
            found.add(problem);
        }
    }

    /** Records a problem at a file, line and field. */
    public void add(String file, long line, String field, String value, String message) {
        add(new ImportProblem(file, line, field, value, message));
    }

    /** Whether any problem was recorded. */
    public boolean any() {
        return total > 0;
    }

    /**
     * Whether more problems were found than can be listed, so that reading on is pointless: the
     * listed ones are final and the report already says there are more.
     */
    public boolean full() {
        return total > ImportException.MAX_PROBLEMS;
    }

    /** How many problems were found, listed or not. */
    public long total() {
        return total;
    }

    /** The problems listed so far, in the order found (at most {@link ImportException#MAX_PROBLEMS}). */
    public List<ImportProblem> listed() {
        return List.copyOf(found);
    }

    /**
     * Forgets every problem recorded after the first {@code total} ones, so that a pass over a file
     * can be repeated (an importer that checks duplicates by hash repeats a file to confirm them).
     *
     * @param total a count {@link #total()} returned earlier
     * @throws IllegalArgumentException if {@code total} is negative or more than recorded
     */
    public void rollBackTo(long total) {
        if (total < 0 || total > this.total) {
            throw new IllegalArgumentException("total must be between 0 and " + this.total + ", was " + total);
        }
        int keep = (int) Math.min(total, ImportException.MAX_PROBLEMS);
        found.subList(keep, found.size()).clear();
        this.total = total;
    }

    /** Throws an {@link ImportException} with every problem recorded, if there is any. */
    public void throwIfAny() {
        if (total > 0) {
            throw new ImportException(found, total > found.size());
        }
    }
}
