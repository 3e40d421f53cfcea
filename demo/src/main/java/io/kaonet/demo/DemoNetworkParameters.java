package io.kaonet.demo;

/**
 * Settings of the {@link DemoNetworkGenerator}. The same parameters always give the same network,
 * byte for byte.
 *
 * <p>Besides the firms that the growth process happens to leave alone, a share of the member SMEs of
 * each Japanese cluster is set aside: isolated firms (no tie at all), pendant firms (exactly one
 * tie) and bank-only firms (tied to one or two banks and nothing else), so that the isolated-firm
 * analyses have real cases to find.
 *
 * @param seed              seed of every random choice
 * @param isolatedFirmShare share of member firms with no tie, from 0 to {@value #MAX_SHARE}
 * @param pendantFirmShare  share of member firms with exactly one tie, from 0 to {@value #MAX_SHARE}
 * @param bankOnlyFirmShare share of member firms tied only to banks, from 0 to {@value #MAX_SHARE}
 */
public record DemoNetworkParameters(long seed, double isolatedFirmShare, double pendantFirmShare,
                                    double bankOnlyFirmShare) {

    /** The seed of the demo network shipped with Kaonet: the day the Industrial Cluster Project began. */
    public static final long DEFAULT_SEED = 20010401L;
    public static final double DEFAULT_ISOLATED_FIRM_SHARE = 0.10;
    public static final double DEFAULT_PENDANT_FIRM_SHARE = 0.06;
    public static final double DEFAULT_BANK_ONLY_FIRM_SHARE = 0.04;
    /** The largest share of each set-aside group. */
    public static final double MAX_SHARE = 0.3;

    /**
     * @throws IllegalArgumentException if a share is not within [0, {@value #MAX_SHARE}]
     */
    public DemoNetworkParameters {
        requireShare(isolatedFirmShare, "isolated firm share");
        requireShare(pendantFirmShare, "pendant firm share");
        requireShare(bankOnlyFirmShare, "bank-only firm share");
    }

    /** The parameters of the shipped demo network. */
    public static DemoNetworkParameters defaults() {
        return withSeed(DEFAULT_SEED);
    }

    /** The default shares with another seed. */
    public static DemoNetworkParameters withSeed(long seed) {
        return new DemoNetworkParameters(seed, DEFAULT_ISOLATED_FIRM_SHARE, DEFAULT_PENDANT_FIRM_SHARE,
                DEFAULT_BANK_ONLY_FIRM_SHARE);
    }

    private static void requireShare(double share, String what) {
        if (!(share >= 0 && share <= MAX_SHARE)) {
            throw new IllegalArgumentException(what + " must be within [0, " + MAX_SHARE + "], was " + share);
        }
    }
}
