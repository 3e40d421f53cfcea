package io.kaonet.core.matchmaking;

import java.util.List;

/**
 * Why a candidate is suggested, in facts a coordinator can check and read aloud. {@link #sentences()}
 * says it in words; the other components are the facts behind them.
 *
 * @param sharedPartners      the partners both already work with, the best introducers first
 * @param commonNeighbours    how many partners they share
 * @param adamicAdar          Σ 1 / ln(degree) over the shared partners
 * @param resourceAllocation  Σ 1 / degree over the shared partners
 * @param distance            steps between the two in the network, or -1 when not connected
 * @param introductionPath    a shortest path from the actor to the candidate through the best-placed
 *                            intermediaries (coordinators first, then support bodies, then brokers by
 *                            betweenness), both ends included; empty when not connected
 * @param introducer          who can make the introduction: the best-placed intermediary on the path
 *                            or, when none connects them, a coordinator of the actor's cluster
 *                            (preferably one who works with the candidate); null when there is none
 * @param offersSought        what the actor offers that the candidate seeks
 * @param seeksOffered        what the actor seeks that the candidate offers
 * @param sharedTechnologies  technology keywords both have
 * @param kindLift            how much more often actors of these two kinds are tied here than two
 *                            actors picked at random (1 = as often)
 * @param actorIndustry       the actor's industry, or null
 * @param candidateIndustry   the candidate's industry, or null
 * @param industryLift        the same for the two industries; NaN when an industry is unknown
 * @param sharedRegion        the region both are in, or null
 * @param sharedClusters      ids of the clusters both are members of
 * @param sameCommunity       whether both are in the same detected community
 * @param constraintBefore    the actor's Burt constraint now; NaN when it has no partner
 * @param constraintAfter     the actor's constraint with the tie added
 * @param joinsMainComponent  whether the tie would join a component to the main (largest) one
 * @param sentences           the explanation in words, most telling first
 */
public record Explanation(List<Contact> sharedPartners, int commonNeighbours, double adamicAdar,
                          double resourceAllocation, int distance, List<Contact> introductionPath, Contact introducer,
                          List<String> offersSought, List<String> seeksOffered, List<String> sharedTechnologies,
                          double kindLift, String actorIndustry, String candidateIndustry, double industryLift,
                          String sharedRegion, List<String> sharedClusters, boolean sameCommunity,
                          double constraintBefore, double constraintAfter, boolean joinsMainComponent,
                          List<String> sentences) {

    /** Copies every list; collections are never null. */
    public Explanation {
        sharedPartners = List.copyOf(sharedPartners);
        introductionPath = List.copyOf(introductionPath);
        offersSought = List.copyOf(offersSought);
        seeksOffered = List.copyOf(seeksOffered);
        sharedTechnologies = List.copyOf(sharedTechnologies);
        sharedClusters = List.copyOf(sharedClusters);
        sentences = List.copyOf(sentences);
    }

    /** The sentences as one paragraph. */
    public String text() {
        return String.join(" ", sentences);
    }
}
