package io.kaonet.api.paging;

/** The direction of a ranking. Undefined values (NaN) sort last either way. */
public enum SortDirection {
    /** Smallest first. */
    ASC,
    /** Largest first. */
    DESC
}
