package io.kaonet.importers;

import java.util.Collection;
import java.util.Set;

/**
 * Which ids already exist in the database, so that an import may refer to actors, clusters and
 * activities stored earlier. The importer asks once per import with every id it could not resolve
 * within its own files.
 */
@FunctionalInterface
public interface KnownIds {

    /** Nothing is stored: every reference must be resolved within the import itself. */
    KnownIds NONE = (kind, ids) -> Set.of();

    /** The kinds of record that can be referred to. */
    enum Kind { ACTOR, CLUSTER, ACTIVITY }

    /**
     * Returns the subset of {@code ids} that exist as records of {@code kind}.
     *
     * @param kind the record kind
     * @param ids  ids to look up; never null
     * @return the ids that exist; never null
     */
    Set<String> existing(Kind kind, Collection<String> ids);
}
