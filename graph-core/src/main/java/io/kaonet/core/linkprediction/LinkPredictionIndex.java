package io.kaonet.core.linkprediction;

/**
 * The neighbourhood indices, for a pair u, v with neighbour sets Γ(u), Γ(v) in the unweighted
 * simple graph (Liben-Nowell &amp; Kleinberg 2007; Zhou, Lü &amp; Zhang 2009 for resource allocation).
 * The definitions are NetworkX's and igraph's.
 */
public enum LinkPredictionIndex {

    /** |Γ(u) ∩ Γ(v)|, the shared partners. */
    COMMON_NEIGHBOURS,

    /** |Γ(u) ∩ Γ(v)| / |Γ(u) ∪ Γ(v)|; 0 when both have no neighbour. */
    JACCARD,

    /** Σ<sub>w ∈ Γ(u) ∩ Γ(v)</sub> 1 / ln |Γ(w)| (Adamic &amp; Adar 2003): rare partners count more. */
    ADAMIC_ADAR,

    /** Σ<sub>w ∈ Γ(u) ∩ Γ(v)</sub> 1 / |Γ(w)| (Zhou, Lü &amp; Zhang 2009). */
    RESOURCE_ALLOCATION,

    /** |Γ(u)| · |Γ(v)| (Barabási &amp; Albert 1999); not zero for pairs without a shared partner. */
    PREFERENTIAL_ATTACHMENT
}
