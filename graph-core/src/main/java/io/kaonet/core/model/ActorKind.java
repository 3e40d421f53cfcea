package io.kaonet.core.model;

/**
 * The kinds of players in a regional cluster, after the seeds' map of players.
 *
 * <p>Each kind belongs to one {@link Sector} of the industry–academia–government triple, and some
 * kinds are knowledge sources (where firms get technology) or financiers.
 */
public enum ActorKind {
    /** A firm: SME or large, product-developing or parts-processing. */
    COMPANY(Sector.INDUSTRY),
    /** A university or technical college. */
    UNIVERSITY(Sector.ACADEMIA),
    /** A public research laboratory or industrial testing laboratory. */
    RESEARCH_INSTITUTE(Sector.ACADEMIA),
    /** A technology licensing organisation. */
    TLO(Sector.ACADEMIA),
    /** A bank, shinkin bank, venture capital or public finance body. */
    FINANCIER(Sector.INDUSTRY),
    /** A cluster coordinator (a person). */
    COORDINATOR(Sector.GOVERNMENT),
    /** A local government or a regional bureau. */
    GOVERNMENT(Sector.GOVERNMENT),
    /** An industry support body, chamber of commerce or cluster promotion organisation. */
    SUPPORT_ORGANIZATION(Sector.GOVERNMENT),
    /** A business incubator. */
    INCUBATOR(Sector.GOVERNMENT),
    /** A trading firm. */
    TRADING_FIRM(Sector.INDUSTRY),
    /** A patent agent, accountant or lawyer. */
    PROFESSIONAL(Sector.INDUSTRY);

    private final Sector sector;

    ActorKind(Sector sector) {
        this.sector = sector;
    }

    /** The sector of the industry–academia–government triple this kind belongs to. */
    public Sector sector() {
        return sector;
    }

    /** Whether firms draw technology from this kind: universities, research institutes and TLOs. */
    public boolean isKnowledgeSource() {
        return sector == Sector.ACADEMIA;
    }

    /** Whether this kind is a firm in the narrow sense of the cluster programme. */
    public boolean isFirm() {
        return this == COMPANY;
    }
}
