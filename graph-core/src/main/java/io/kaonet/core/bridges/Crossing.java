package io.kaonet.core.bridges;

/** What a cross tie crosses. */
public enum Crossing {
    /** The ends have different, known industries. */
    INDUSTRY,
    /** The ends belong to different sectors of the industry–academia–government triple. */
    SECTOR
}
