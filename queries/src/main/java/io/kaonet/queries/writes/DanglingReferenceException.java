package io.kaonet.queries.writes;

import java.util.List;

/**
 * A write was refused because records refer to actors, clusters or activities that exist neither
 * in the batch nor in the database. Nothing was written.
 */
public class DanglingReferenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Dangling> dangling;

    /** @param dangling the unresolved references, at least one */
    public DanglingReferenceException(List<Dangling> dangling) {
        super("refused: " + dangling.size() + " reference(s) to records that do not exist, first: " + dangling.get(0));
        this.dangling = List.copyOf(dangling);
    }

    /** The references that could not be resolved (at most 100 per kind of reference). */
    public List<Dangling> dangling() {
        return dangling;
    }

    /**
     * One unresolved reference.
     *
     * @param origin where it comes from: the record's provenance (file and line) when known
     * @param label  what it should be: Actor, Cluster or Activity
     * @param id     the missing id
     */
    public record Dangling(String origin, String label, String id) {
        @Override
        public String toString() {
            return (origin == null ? "" : origin + ": ") + label + " '" + id + "' does not exist";
        }
    }
}
