package io.kaonet.api.exchange;

/** The file formats Kaonet imports, as the API and the command line name them. */
public enum ImportFormat {
    /** Kaonet's own CSV files (actors.csv, ties.csv, …). */
    KAONET_CSV,
    /** CORDIS organisation and project files (CSV or JSON). */
    CORDIS,
    /** neo4j-admin import style node and relationship CSV files. */
    NEO4J_ADMIN,
    /** One GraphML file. */
    GRAPHML
}
