package io.kaonet.core.isolation;

/**
 * Why a firm counts as isolated. A firm gets every reason that applies; the reasons overlap (a firm
 * with no ties is also outside the main component, has no knowledge source and no financier, and
 * sits in the lowest shell). Ties are those of the scope's graph, read as undirected: a tie of any
 * kind to a partner counts, and several ties to one partner count as one partner.
 */
public enum IsolationReason {
    /** The firm has no partner at all in scope (degree 0). */
    NO_TIES(CandidatePurpose.INTERMEDIARY),
    /** The firm has exactly one partner (degree 1, a pendant). */
    SINGLE_TIE(CandidatePurpose.INTERMEDIARY),
    /**
     * The firm's component is smaller than the largest component, or no component has two actors
     * (with several largest components of equal size, each counts as a main component).
     */
    OUTSIDE_MAIN_COMPONENT(CandidatePurpose.INTERMEDIARY),
    /** No partner is a university, research institute or TLO ({@code ActorKind.isKnowledgeSource()}). */
    NO_KNOWLEDGE_SOURCE(CandidatePurpose.KNOWLEDGE_SOURCE),
    /** No partner is a financier. */
    NO_FINANCIER(CandidatePurpose.FINANCIER),
    /**
     * The firm's core number is at most the smallest core number among actors with at least one tie:
     * it sits in the outermost shell of the tied network (usually the 1-shell of trees and chains
     * hanging off the rest), or it has no tie at all (core number 0).
     */
    LOWEST_CORE_SHELL(CandidatePurpose.INTERMEDIARY);

    private final CandidatePurpose remedy;

    IsolationReason(CandidatePurpose remedy) {
        this.remedy = remedy;
    }

    /** The kind of partner whose tie would remove this reason, or at least make progress on it. */
    public CandidatePurpose remedy() {
        return remedy;
    }
}
