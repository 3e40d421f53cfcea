package io.kaonet.queries.writes;

/**
 * What one write did: records created or changed per kind (unchanged records are not counted), the
 * number of records offered, and the data version after the write.
 */
public record WriteSummary(long actors, long ties, long clusters, long memberships, long activities,
                           long participations, long offered, long dataVersion) {

    /** Records created or changed, of all kinds. */
    public long changed() {
        return actors + ties + clusters + memberships + activities + participations;
    }

    /** Records offered that were already stored exactly so. */
    public long unchanged() {
        return offered - changed();
    }
}
