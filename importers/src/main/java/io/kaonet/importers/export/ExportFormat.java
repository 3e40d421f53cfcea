package io.kaonet.importers.export;

/** The file formats a network can be exported to, with their file extension and media type. */
public enum ExportFormat {
    /** GEXF 1.2 for Gephi: attributes per node and edge, tie dates as spells (intervals). */
    GEXF("gexf", "application/gexf+xml"),
    /** GraphML 1.0 (yEd, Cytoscape, NetworkX, igraph, JGraphT). */
    GRAPHML("graphml", "application/graphml+xml"),
    /** Pajek {@code .net}: vertices with labels, weighted edges and arcs. */
    PAJEK("net", "text/plain"),
    /** CSV: a node table and an edge table from a graph; Kaonet CSV files from a batch. */
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The media type of the files. */
    public String mediaType() {
        return mediaType;
    }
}
