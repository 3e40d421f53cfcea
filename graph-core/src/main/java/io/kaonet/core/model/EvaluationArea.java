package io.kaonet.core.model;

/**
 * The six areas of the evaluation survey of METI's Industrial Cluster Project (sent since 2007 to
 * every member company; see the seeds' ECPG study-visit report). The first two can be derived from
 * the network; the other four come from the survey and are imported.
 */
public enum EvaluationArea {
    /** Existence of a cluster core: the project, its members and how often they take part. */
    CLUSTER_CORE(true),
    /** Collaboration: the share of firms in industry–industry or industry–academia–government collaboration. */
    COLLABORATION(true),
    /** R&amp;D: e.g. the share of firms carrying out new R&amp;D. */
    R_AND_D(false),
    /** New business: e.g. the share of firms creating new products or services. */
    NEW_BUSINESS(false),
    /** Economic effect: e.g. the change in sales. */
    ECONOMIC_EFFECT(false),
    /** Participants' satisfaction with the cluster activities. */
    SATISFACTION(false);

    private final boolean networkDerivable;

    EvaluationArea(boolean networkDerivable) {
        this.networkDerivable = networkDerivable;
    }

    /** Whether Kaonet computes indicators of this area from the network (besides any imported ones). */
    public boolean networkDerivable() {
        return networkDerivable;
    }
}
