package io.kaonet.demo;

import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.ClusterType;
import io.kaonet.core.model.TieKind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What to generate for one Japanese cluster project: its members by kind and industry, where they
 * are, and how fast and in which mix of kinds its ties grow.
 *
 * @param id          cluster id, e.g. {@code TAMA}
 * @param prefix      prefix of the actor ids, e.g. {@code tama} in {@code tama-co-001}
 * @param name        display name
 * @param region      the wide region the project covers
 * @param type        the evaluation's cluster type
 * @param description free text, beginning with the SYNTHETIC label
 * @param start       the day the project (and its founding memberships) started
 * @param places      cities of the cluster, weighted; the first ones host the named bodies
 * @param stems       words for synthetic names (local place names, old province names)
 * @param firms       member firms per industry
 * @param others      number of generated members of each other kind, beside the named ones
 * @param named       named bodies: promotion organisations, the regional bureau, core institutes
 * @param tiesPerYear ties the cluster forms per year at the start of phase I, before growth
 * @param locality    chance that a firm–firm tie stays within one prefecture
 */
record ClusterPlan(
        String id,
        String prefix,
        String name,
        String region,
        ClusterType type,
        String description,
        LocalDate start,
        List<Place> places,
        List<String> stems,
        List<FirmQuota> firms,
        Map<ActorKind, Integer> others,
        List<NamedBody> named,
        double tiesPerYear,
        double locality) {

    ClusterPlan {
        others = new EnumMap<>(others);
    }

    /**
     * Member firms of one industry.
     *
     * @param industry the industry
     * @param smes     small and medium enterprises, including the ventures
     * @param large    large companies
     * @param ventures SMEs among {@code smes} that are university (or institute) spin-offs founded in
     *                 the calibrated window
     * @param places   where this industry sits, or empty for the cluster's places
     */
    record FirmQuota(Industry industry, int smes, int large, int ventures, List<Place> places) {

        FirmQuota {
            if (smes < 0 || large < 0 || ventures < 0 || ventures > smes) {
                throw new IllegalArgumentException("firm quota out of range: " + smes + "/" + large + "/" + ventures);
            }
        }

        FirmQuota(Industry industry, int smes, int large) {
            this(industry, smes, large, 0, List.of());
        }
    }

    /** A member with a fixed name and a role the generator refers to. */
    record NamedBody(ActorKind kind, String name, Role role, int placeIndex) {
    }

    /** The parts some actors play in the generated flows. */
    enum Role {
        NONE,
        /** The cluster promotion organisation: organises events, signs inter-cluster agreements. */
        PROMOTION_BODY,
        /** The regional bureau of economy, trade and industry: funds grants. */
        BUREAU,
        /** A core research institute that leads a consortium. */
        CORE_INSTITUTE
    }

    /**
     * The share of each tie kind among the ties the cluster forms by itself, after its type: type A
     * clusters trade more (supply), type B clusters research and license more. An {@link EnumMap},
     * so that iteration order (and hence the generated network) never depends on hashing.
     */
    EnumMap<TieKind, Double> tieMix() {
        return new EnumMap<>(switch (type) {
            case METROPOLITAN -> Map.of(TieKind.SUPPLY, 0.30, TieKind.ALLIANCE, 0.08,
                    TieKind.JOINT_RESEARCH, 0.18, TieKind.TECHNOLOGY_TRANSFER, 0.04, TieKind.FINANCING, 0.16,
                    TieKind.COORDINATION, 0.16, TieKind.INTRODUCTION, 0.08);
            case SCIENCE_BASED -> Map.of(TieKind.SUPPLY, 0.16, TieKind.ALLIANCE, 0.06,
                    TieKind.JOINT_RESEARCH, 0.30, TieKind.TECHNOLOGY_TRANSFER, 0.10, TieKind.FINANCING, 0.16,
                    TieKind.COORDINATION, 0.14, TieKind.INTRODUCTION, 0.08);
            case NICHE -> Map.of(TieKind.SUPPLY, 0.28, TieKind.ALLIANCE, 0.10,
                    TieKind.JOINT_RESEARCH, 0.22, TieKind.TECHNOLOGY_TRANSFER, 0.05, TieKind.FINANCING, 0.15,
                    TieKind.COORDINATION, 0.12, TieKind.INTRODUCTION, 0.08);
            case MINI_CLUSTER_NETWORK -> Map.of(TieKind.SUPPLY, 0.26, TieKind.ALLIANCE, 0.12,
                    TieKind.JOINT_RESEARCH, 0.20, TieKind.TECHNOLOGY_TRANSFER, 0.05, TieKind.FINANCING, 0.15,
                    TieKind.COORDINATION, 0.14, TieKind.INTRODUCTION, 0.08);
        });
    }

    /** All member firms. */
    int firmCount() {
        return firms.stream().mapToInt(q -> q.smes() + q.large()).sum();
    }
}
