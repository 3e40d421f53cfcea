package io.kaonet.importers.export;

/**
 * One exported file held in memory.
 *
 * @param name      file name, e.g. {@code network.gexf}
 * @param mediaType media type, e.g. {@code application/gexf+xml}
 * @param content   the whole text (UTF-8 when written)
 */
public record ExportedFile(String name, String mediaType, String content) {
}
