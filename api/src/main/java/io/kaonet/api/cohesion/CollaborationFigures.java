package io.kaonet.api.cohesion;

import static io.kaonet.api.cohesion.Figures.finite;

import io.kaonet.core.collaboration.Ratios;

/** {@link Ratios} as the schema's {@code CollaborationRatio}: counts and shares, shares null without firms. */
public record CollaborationFigures(int firms, int industryIndustryFirms, Double industryIndustry,
                                   int industryAcademiaGovernmentFirms, Double industryAcademiaGovernment,
                                   int industryAcademiaFirms, Double industryAcademia, int industryGovernmentFirms,
                                   Double industryGovernment, int collaboratingFirms, Double collaborating) {

    /** The figures of a count. */
    public static CollaborationFigures of(Ratios r) {
        return new CollaborationFigures(r.firms(), r.industryIndustryFirms(), finite(r.industryIndustry()),
                r.industryAcademiaGovernmentFirms(), finite(r.industryAcademiaGovernment()), r.industryAcademiaFirms(),
                finite(r.industryAcademia()), r.industryGovernmentFirms(), finite(r.industryGovernment()),
                r.collaboratingFirms(), finite(r.collaborating()));
    }
}
