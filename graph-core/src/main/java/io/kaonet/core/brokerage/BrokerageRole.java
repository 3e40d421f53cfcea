package io.kaonet.core.brokerage;

/**
 * Gould &amp; Fernandez's five brokerage roles of a broker {@code b} between {@code a} and
 * {@code c} (arcs {@code a → b → c}, no arc {@code a → c}), by the groups of the three, plus their
 * total. The names in brackets are {@code sna::brokerage}'s column names.
 */
public enum BrokerageRole {
    /** {@code a}, {@code b} and {@code c} all in one group ({@code w_I}). */
    COORDINATOR("w_I"),
    /** {@code a} and {@code c} in one group, {@code b} in another: an itinerant or consultant ({@code w_O}). */
    ITINERANT("w_O"),
    /** {@code b} in {@code a}'s group, {@code c} in another: {@code b} represents its group outwards ({@code b_IO}). */
    REPRESENTATIVE("b_IO"),
    /** {@code b} in {@code c}'s group, {@code a} in another: {@code b} lets outsiders in ({@code b_OI}). */
    GATEKEEPER("b_OI"),
    /** {@code a}, {@code b}, {@code c} in three different groups ({@code b_O}). */
    LIAISON("b_O"),
    /** All brokered pairs, whatever the groups ({@code t}). */
    TOTAL("t");

    private final String snaName;

    BrokerageRole(String snaName) {
        this.snaName = snaName;
    }

    /** The column name {@code sna::brokerage} gives this role. */
    public String snaName() {
        return snaName;
    }

    /** The role of a broker in group {@code b} between {@code a} and {@code c} in groups {@code a}, {@code c}. */
    public static BrokerageRole of(int groupA, int groupB, int groupC) {
        if (groupA == groupB) {
            return groupC == groupB ? COORDINATOR : REPRESENTATIVE;
        }
        if (groupC == groupA) {
            return ITINERANT;
        }
        return groupC == groupB ? GATEKEEPER : LIAISON;
    }
}
