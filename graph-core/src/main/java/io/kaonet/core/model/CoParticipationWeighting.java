package io.kaonet.core.model;

/**
 * How shared activities are weighted when projected to co-participation ties.
 */
public enum CoParticipationWeighting {
    /** Each shared activity adds 1 to the tie between two participants. */
    COUNT,
    /**
     * Each shared activity with n participants adds 1/(n−1) (Newman 2001, "Scientific collaboration
     * networks II"), so that large consortia do not dominate.
     */
    NEWMAN
}
