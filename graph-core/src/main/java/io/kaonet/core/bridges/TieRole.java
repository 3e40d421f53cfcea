package io.kaonet.core.bridges;

/** Where a tie sits in the network's structure. */
public enum TieRole {
    /** Removing the tie disconnects its ends (span infinite). */
    BRIDGE,
    /** The ends share no neighbour but stay connected without the tie (span 3 or more). */
    LOCAL_BRIDGE,
    /** The ends share at least one neighbour (span 2). */
    EMBEDDED
}
