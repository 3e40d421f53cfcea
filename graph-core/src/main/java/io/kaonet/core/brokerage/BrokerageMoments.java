package io.kaonet.core.brokerage;

/**
 * Expected brokerage counts and their variances under {@code sna::brokerage}'s null model: every
 * arc present independently with probability {@code d}. A pair {@code (a, c)} is brokered by
 * {@code b} with probability {@code π = d²(1-d)} (arcs {@code a→b}, {@code b→c}, no {@code a→c}),
 * so an expected count is π times the number of eligible ordered pairs. The variances add to the
 * binomial part {@code E(1-π)} the covariances of pairs that share an arc, in the closed forms of
 * sna 2.7 ({@code brokerage}, Butts), whose triple sums over groups are rewritten here as power
 * sums of the group sizes so that they cost O(g) (global) and O(g) per group (per node) instead of
 * O(g³).
 */
final class BrokerageMoments {

    private static final int ROLES = 6;

    /** [group][role] */
    final double[][] expected;
    /** [group][role] */
    final double[][] variance;
    final double[] globalExpected = new double[ROLES];
    final double[] globalVariance = new double[ROLES];

    BrokerageMoments(long[] sizes, long nodes, double d) {
        int groups = sizes.length;
        double n = nodes;
        double pi = d * d * (1 - d);
        double a = Math.pow(d, 3) * Math.pow(1 - d, 3);
        double b = Math.pow(d, 4) * Math.pow(1 - d, 2);
        double c = Math.pow(d, 5) * (1 - d);
        double p2 = 0;
        double fallingCubes = 0;
        double fallingSquares = 0;
        for (long s : sizes) {
            double x = s;
            p2 += x * x;
            fallingSquares += x * (x - 1);
            fallingCubes += x * (x - 1) * (x - 2);
        }
        expected = new double[groups][ROLES];
        variance = new double[groups][ROLES];
        for (int i = 0; i < groups; i++) {
            double x = sizes[i];
            double[] e = expected[i];
            double[] v = variance[i];
            double others = n - x;
            e[0] = pi * (x - 1) * (x - 2);
            v[0] = e[0] * (1 - pi) + 2 * (x - 1) * (x - 2) * (x - 3) * a;
            e[1] = pi * (fallingSquares - x * (x - 1));
            v[1] = e[1] * (1 - pi) + 2 * (fallingCubes - x * (x - 1) * (x - 2)) * a;
            e[2] = pi * others * (x - 1);
            v[2] = e[2] * (1 - pi) + 2 * ((x - 1) * pairs(others) + others * pairs(x - 1)) * a;
            e[3] = e[2];
            v[3] = v[2];
            // ordered pairs (a, c) from two different groups, neither of them b's
            e[4] = pi * (others * others - (p2 - x * x));
            double liaisonCovariance = 0;
            for (int j = 0; j < groups; j++) {
                if (j != i) {
                    liaisonCovariance += sizes[j] * pairs(n - sizes[j] - x);
                }
            }
            v[4] = e[4] * (1 - pi) + 4 * liaisonCovariance * a;
            e[5] = pi * (n - 1) * (n - 2);
            v[5] = e[5] * (1 - pi) + 2 * (n - 1) * (n - 2) * (n - 3) * a;
        }

        double within = 0;
        double withinCov = 0;
        double across = 0;
        double itinerantCov = 0;
        double representativeCov = 0;
        double distinctTriples = 0;
        double distinctTriplesOneSquared = 0;
        for (long s : sizes) {
            double x = s;
            double triples = x * (x - 1) * (x - 2);
            within += triples;
            withinCov += triples * ((4 * x - 10) * a - 4 * (x - 3) * b + (x - 3) * c);
            double crossing = x * (n - x) * (x - 1);
            across += crossing;
            itinerantCov += x * (x - 1) * ((n - x) * ((2 * x - 6) * a + (n - x - 1) * c) + 2 * a * (p2 - x * x));
            representativeCov += crossing * ((n - 3) * a + (x - 2) * c);
            double otherPairs = (n - x) * (n - x) - (p2 - x * x);
            distinctTriples += x * otherPairs;
            distinctTriplesOneSquared += x * x * otherPairs;
        }
        globalExpected[0] = pi * within;
        globalVariance[0] = globalExpected[0] * (1 - pi) + withinCov;
        globalExpected[1] = pi * across;
        globalVariance[1] = globalExpected[1] * (1 - pi) + itinerantCov;
        globalExpected[2] = pi * across;
        globalVariance[2] = globalExpected[2] * (1 - pi) + representativeCov;
        globalExpected[3] = globalExpected[2];
        globalVariance[3] = globalVariance[2];
        globalExpected[4] = pi * distinctTriples;
        double k = (4 * n - 2) * distinctTriples - 8 * distinctTriplesOneSquared;
        double l = (n - 1) * distinctTriples - 2 * distinctTriplesOneSquared;
        globalVariance[4] = globalExpected[4] * (1 - pi) + k * a - k * b + l * c;
        double all = n * (n - 1) * (n - 2);
        globalExpected[5] = pi * all;
        globalVariance[5] = globalExpected[5] * (1 - pi) + all * ((4 * n - 10) * a - 4 * (n - 3) * b + (n - 3) * c);
    }

    /** x choose 2. */
    private static double pairs(double x) {
        return x * (x - 1) / 2;
    }
}
