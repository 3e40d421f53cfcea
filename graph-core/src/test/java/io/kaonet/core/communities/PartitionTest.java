package io.kaonet.core.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionTest {

    @Test
    void communitiesAreRenumberedInOrderOfTheirLowestNode() {
        Partition p = Partition.of(new int[] {5, 5, -2, 7, -2});

        assertThat(p.toArray()).containsExactly(0, 0, 1, 2, 1);
        assertThat(p.count()).isEqualTo(3);
        assertThat(p.sizes()).containsExactly(2, 2, 1);
        assertThat(p.members(1)).containsExactly(2, 4);
    }

    @Test
    void partitionsThatGroupAlikeAreEqualWhateverTheirLabels() {
        assertThat(Partition.of(new int[] {1, 1, 0, 2})).isEqualTo(Partition.of(new int[] {9, 9, 4, 3}))
                .hasSameHashCodeAs(Partition.of(new int[] {9, 9, 4, 3}));
        assertThat(Partition.of(new int[] {1, 1, 0, 2})).isNotEqualTo(Partition.of(new int[] {1, 0, 0, 2}));
    }

    @Test
    void groupsRoundTrip() {
        Partition p = Partition.ofGroups(5, List.of(new int[] {4, 1}, new int[] {0, 2, 3}));

        assertThat(p.toArray()).containsExactly(0, 1, 0, 0, 1);
        assertThat(p.groups()).containsExactly(new int[] {0, 2, 3}, new int[] {1, 4});
    }

    @Test
    void groupsMustCoverEveryNodeOnce() {
        assertThatThrownBy(() -> Partition.ofGroups(3, List.of(new int[] {0, 1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node 2 is in no group");
        assertThatThrownBy(() -> Partition.ofGroups(3, List.of(new int[] {0, 1}, new int[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node 1 is in two groups");
        assertThatThrownBy(() -> Partition.ofGroups(2, List.of(new int[] {0, 1, 2})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    }

    @Test
    void returnedArraysAreCopies() {
        Partition p = Partition.of(new int[] {0, 1});
        p.toArray()[0] = 1;
        p.sizes()[0] = 7;

        assertThat(p.communityOf(0)).isZero();
        assertThat(p.size(0)).isEqualTo(1);
    }
}
