package io.kaonet.core.model;

/** The four types of cluster project in the evaluation of METI's Industrial Cluster Project. */
public enum ClusterType {
    /** Type A: revitalisation of a metropolitan industrial agglomeration (e.g. TAMA). */
    METROPOLITAN,
    /** Type B: science-based, built on university research (e.g. Kinki Bio, Hokkaido). */
    SCIENCE_BASED,
    /** Type C: niche, "only one" technologies of a local industry. */
    NICHE,
    /** Type D: a network of mini clusters across a wide region. */
    MINI_CLUSTER_NETWORK
}
