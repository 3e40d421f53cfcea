package io.kaonet.core.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.graph.CollaborationGraphBuilder;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CollaborationRatiosTest {

    /**
     * Cluster A: firms f1, f2, f3, f4; cluster B: firms f4, f5 and university u1. Not in a cluster:
     * bank b1, coordinator c1, trading firm t1.
     * <pre>
     *   f1 —SUPPLY— f2          f1, f2: industry–industry
     *   f3 —JOINT_RESEARCH— u1  f3: industry–academia
     *   f3 —FINANCING— b1       (financing is not collaboration)
     *   f4 —COORDINATION— c1    (coordination is not collaboration)
     *   f4 —ALLIANCE— c1        f4: industry–government (the alliance tie on the same pair counts)
     *   f5 —SUPPLY— t1          f5: industry–industry (a trading firm is in the industry sector)
     *   f5 —SPIN_OFF— u1        f5: industry–academia too
     *   f6                      isolated firm, no cluster
     * </pre>
     */
    static CollaborationGraph network() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        int f1 = b.addNode("f1", null, ActorKind.COMPANY);
        int f2 = b.addNode("f2", null, ActorKind.COMPANY);
        int f3 = b.addNode("f3", null, ActorKind.COMPANY);
        int f4 = b.addNode("f4", null, ActorKind.COMPANY);
        int f5 = b.addNode("f5", null, ActorKind.COMPANY);
        int f6 = b.addNode("f6", null, ActorKind.COMPANY);
        int u1 = b.addNode("u1", null, ActorKind.UNIVERSITY);
        int b1 = b.addNode("b1", null, ActorKind.FINANCIER);
        int c1 = b.addNode("c1", null, ActorKind.COORDINATOR);
        int t1 = b.addNode("t1", null, ActorKind.TRADING_FIRM);
        for (int f : new int[] {f1, f2, f3, f4}) {
            b.member(f, "A");
        }
        b.member(f4, "B").member(f5, "B").member(u1, "B");
        b.addTie(f1, f2, TieKind.SUPPLY, 1, null);
        b.addTie(u1, f3, TieKind.JOINT_RESEARCH, 1, null);
        b.addTie(b1, f3, TieKind.FINANCING, 1, null);
        b.addTie(c1, f4, TieKind.COORDINATION, 1, null);
        b.addTie(f4, c1, TieKind.ALLIANCE, 1, null);
        b.addTie(f5, t1, TieKind.SUPPLY, 1, null);
        b.addTie(u1, f5, TieKind.SPIN_OFF, 1, null);
        assertThat(f6).isEqualTo(5);
        return b.build();
    }

    @Test
    void countsEveryFirmOfTheGraphBySectorOfItsPartners() {
        Ratios r = new CollaborationRatios(network()).compute().overall();

        assertThat(r.firms()).isEqualTo(6);                           // f1..f6
        assertThat(r.industryIndustryFirms()).isEqualTo(3);           // f1, f2, f5
        assertThat(r.industryAcademiaFirms()).isEqualTo(2);           // f3, f5
        assertThat(r.industryGovernmentFirms()).isEqualTo(1);         // f4
        assertThat(r.industryAcademiaGovernmentFirms()).isEqualTo(3); // f3, f4, f5
        assertThat(r.collaboratingFirms()).isEqualTo(5);              // all but f6
        assertThat(r.industryIndustry()).isEqualTo(3.0 / 6);
        assertThat(r.industryAcademiaGovernment()).isEqualTo(3.0 / 6);
        assertThat(r.collaborating()).isEqualTo(5.0 / 6);
    }

    @Test
    void perClusterCountsMemberFirmsWithPartnersAnywhere() {
        var byCluster = new CollaborationRatios(network()).compute().byCluster();

        assertThat(byCluster).containsOnlyKeys("A", "B");
        // A: f1, f2 (industry), f3 (academia), f4 (government).
        assertThat(byCluster.get("A")).isEqualTo(new Ratios(4, 2, 2, 1, 1, 4));
        // B: f4 (government via c1, outside B), f5 (trading firm outside B; university inside). u1 is no firm.
        assertThat(byCluster.get("B")).isEqualTo(new Ratios(2, 1, 2, 1, 1, 2));
    }

    @Test
    void theKindsThatCountAreAParameter() {
        var onlyFinancing = new CollaborationRatios(network(), new CollaborationRatios.Parameters(Set.of(TieKind.FINANCING)));

        Ratios r = onlyFinancing.compute().overall();

        assertThat(r.industryIndustryFirms()).isEqualTo(1); // f3 with the bank
        assertThat(r.collaboratingFirms()).isEqualTo(1);
    }

    @Test
    void sharesAreUndefinedWithoutFirms() {
        CollaborationGraphBuilder b = CollaborationGraph.builder();
        b.addNode("u", null, ActorKind.UNIVERSITY);
        Ratios r = new CollaborationRatios(b.build()).compute().overall();

        assertThat(r.firms()).isZero();
        assertThat(r.industryIndustry()).isNaN();
        assertThat(r.industryAcademiaGovernment()).isNaN();
    }

    @Nested
    class Parameters {

        @Test
        void defaultsAreTheCollaborationKinds() {
            assertThat(CollaborationRatios.Parameters.defaults().collaborationKinds()).isEqualTo(EnumSet.of(
                    TieKind.JOINT_RESEARCH, TieKind.TECHNOLOGY_TRANSFER, TieKind.SUPPLY, TieKind.ALLIANCE,
                    TieKind.SPIN_OFF));
        }

        @Test
        void refuseAnEmptySetOfKinds() {
            assertThatThrownBy(() -> new CollaborationRatios.Parameters(Set.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one tie kind");
        }
    }
}
