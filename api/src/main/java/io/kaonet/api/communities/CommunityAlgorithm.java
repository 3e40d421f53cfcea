package io.kaonet.api.communities;

/** The community detection algorithms the API offers. */
public enum CommunityAlgorithm {
    /** {@link io.kaonet.core.communities.Louvain}. */
    LOUVAIN,
    /** {@link io.kaonet.core.communities.Leiden}. */
    LEIDEN
}
