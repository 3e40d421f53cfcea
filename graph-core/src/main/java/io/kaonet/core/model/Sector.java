package io.kaonet.core.model;

/** The three sectors of industry–academia–government ("sangakukan") collaboration. */
public enum Sector {
    INDUSTRY,
    ACADEMIA,
    GOVERNMENT
}
