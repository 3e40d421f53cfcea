package io.kaonet.core.linkprediction;

/**
 * Every {@link LinkPredictionIndex} for one pair of nodes.
 *
 * @param commonNeighbours       the number of shared partners
 * @param jaccard                shared partners over all partners of either
 * @param adamicAdar             Σ 1 / ln(degree) over shared partners
 * @param resourceAllocation     Σ 1 / degree over shared partners
 * @param preferentialAttachment the product of the two degrees
 */
public record PairScores(int commonNeighbours, double jaccard, double adamicAdar, double resourceAllocation,
                         long preferentialAttachment) {

    /** The value of one index. */
    public double get(LinkPredictionIndex index) {
        return switch (index) {
            case COMMON_NEIGHBOURS -> commonNeighbours;
            case JACCARD -> jaccard;
            case ADAMIC_ADAR -> adamicAdar;
            case RESOURCE_ALLOCATION -> resourceAllocation;
            case PREFERENTIAL_ATTACHMENT -> preferentialAttachment;
        };
    }

    static PairScores of(int common, double adamicAdar, double resourceAllocation, int degreeU, int degreeV) {
        int union = degreeU + degreeV - common;
        double jaccard = union == 0 ? 0 : (double) common / union;
        return new PairScores(common, jaccard, adamicAdar, resourceAllocation, (long) degreeU * degreeV);
    }
}
