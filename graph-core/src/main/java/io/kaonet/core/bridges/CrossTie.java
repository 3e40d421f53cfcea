package io.kaonet.core.bridges;

import java.util.Objects;

/**
 * A tie whose ends differ in industry, in sector, or in both.
 *
 * @param edge            the edge id
 * @param low             the lower-numbered end
 * @param high            the higher-numbered end
 * @param crossesIndustry whether both industries are known and differ
 * @param crossesSector   whether the ends' kinds belong to different sectors
 * @param role            bridge, local bridge or embedded
 * @param span            the distance between the ends without the tie: 2 when embedded, 3 or
 *                        more for a local bridge, {@link LocalBridge#INFINITE_SPAN} for a bridge
 */
public record CrossTie(int edge, int low, int high, boolean crossesIndustry, boolean crossesSector, TieRole role,
                       int span) {

    /**
     * @throws NullPointerException     if {@code role} is null
     * @throws IllegalArgumentException if the tie crosses nothing or its span does not fit its role
     */
    public CrossTie {
        Objects.requireNonNull(role, "role must not be null");
        if (!crossesIndustry && !crossesSector) {
            throw new IllegalArgumentException("a cross tie must cross an industry or a sector");
        }
        boolean fits = switch (role) {
            case BRIDGE -> span == LocalBridge.INFINITE_SPAN;
            case LOCAL_BRIDGE -> span >= 3 && span != LocalBridge.INFINITE_SPAN;
            case EMBEDDED -> span == 2;
        };
        if (!fits) {
            throw new IllegalArgumentException("span " + span + " does not fit role " + role);
        }
    }

    /** Whether the tie crosses this boundary. */
    public boolean crosses(Crossing crossing) {
        return crossing == Crossing.INDUSTRY ? crossesIndustry : crossesSector;
    }
}
