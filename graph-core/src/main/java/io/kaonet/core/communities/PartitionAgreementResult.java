package io.kaonet.core.communities;

/**
 * The agreement between two partitions; see {@link PartitionAgreement} for the definitions.
 *
 * @param normalizedMutualInformation NMI with the arithmetic-mean normalisation, in [0, 1]
 * @param adjustedRandIndex           ARI (Hubert &amp; Arabie), at most 1
 * @param mutualInformation           I(A;B) in nats
 * @param entropyFirst                H(A) in nats
 * @param entropySecond               H(B) in nats
 */
public record PartitionAgreementResult(double normalizedMutualInformation, double adjustedRandIndex,
                                       double mutualInformation, double entropyFirst, double entropySecond) {
}
