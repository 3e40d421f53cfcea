package io.kaonet.queries.schema;

/** Kaonet's schema could not be made whole: an index fails again after being dropped and made anew. */
public final class SchemaRepairException extends RuntimeException {

    /** @param message names the index and Neo4j's reason */
    public SchemaRepairException(String message) {
        super(message);
    }
}
