package io.kaonet.core.collaboration;

/**
 * Firm counts behind the collaboration ratios of one group of firms; see {@link CollaborationRatios}.
 *
 * @param firms                              firms in the group, isolated ones included
 * @param industryIndustryFirms              firms with a collaboration with an industry-sector partner
 * @param industryAcademiaGovernmentFirms    firms with a collaboration with an academia- or government-sector partner
 * @param industryAcademiaFirms              firms with a collaboration with an academia-sector partner
 * @param industryGovernmentFirms            firms with a collaboration with a government-sector partner
 * @param collaboratingFirms                 firms with any collaboration
 */
public record Ratios(int firms, int industryIndustryFirms, int industryAcademiaGovernmentFirms,
                     int industryAcademiaFirms, int industryGovernmentFirms, int collaboratingFirms) {

    /** Share of firms in industry–industry collaboration; NaN without firms. */
    public double industryIndustry() {
        return share(industryIndustryFirms);
    }

    /** Share of firms in industry–academia–government collaboration; NaN without firms. */
    public double industryAcademiaGovernment() {
        return share(industryAcademiaGovernmentFirms);
    }

    /** Share of firms in industry–academia collaboration; NaN without firms. */
    public double industryAcademia() {
        return share(industryAcademiaFirms);
    }

    /** Share of firms in industry–government collaboration; NaN without firms. */
    public double industryGovernment() {
        return share(industryGovernmentFirms);
    }

    /** Share of firms with any collaboration; NaN without firms. */
    public double collaborating() {
        return share(collaboratingFirms);
    }

    private double share(int count) {
        return firms == 0 ? Double.NaN : (double) count / firms;
    }
}
