package io.kaonet.core.communities;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaonet.core.oracle.Oracle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/** The {@code communities} entries of the oracle files: reference partitions and their modularity. */
final class OracleCommunities {

    private OracleCommunities() {
    }

    /** Every undirected oracle network with communities: the four classic ones and Davis's three graphs. */
    static Stream<Oracle> networks() {
        return Stream.concat(Oracle.UNDIRECTED.stream().map(Oracle::load),
                Stream.of("bipartite", "women", "event").map(Oracle::davis));
    }

    /** One reference partition with the modularity the tools gave it. */
    record Entry(Oracle oracle, String name, Partition partition, JsonNode values) {

        OptionalDouble value(String key) {
            return values.has(key) ? OptionalDouble.of(values.get(key).asDouble()) : OptionalDouble.empty();
        }

        boolean optimal() {
            return name.startsWith("optimal_modularity");
        }

        @Override
        public String toString() {
            return oracle.name() + " " + name;
        }
    }

    static List<Entry> entries(Oracle oracle) {
        List<Entry> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = oracle.metrics().get("communities").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            List<int[]> groups = new ArrayList<>();
            for (JsonNode group : e.getValue().get("partition")) {
                int[] members = new int[group.size()];
                for (int i = 0; i < members.length; i++) {
                    members[i] = oracle.index(group.get(i).asText());
                }
                groups.add(members);
            }
            out.add(new Entry(oracle, e.getKey(), Partition.ofGroups(oracle.graph().nodeCount(), groups), e.getValue()));
        }
        return out;
    }

    /** The highest value of {@code key} over the non-optimal reference partitions, if any has one. */
    static OptionalDouble bestReference(Oracle oracle, String key) {
        return entries(oracle).stream().filter(e -> !e.optimal()).map(e -> e.value(key))
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).max();
    }

    /** The known optimum of {@code key}, if the file has one. */
    static OptionalDouble optimum(Oracle oracle, String key) {
        return entries(oracle).stream().filter(Entry::optimal).map(e -> e.value(key))
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).max();
    }
}
