package io.kaonet.api.clusters;

import io.kaonet.core.model.Cluster;
import io.kaonet.queries.reads.ClusterQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The cluster projects and their member counts. */
@Controller
public class ClusterController {

    private final ClusterQueries clusters;

    public ClusterController(ClusterQueries clusters) {
        this.clusters = clusters;
    }

    @QueryMapping
    public List<Cluster> clusters() {
        return clusters.all();
    }

    @BatchMapping(typeName = "Cluster", field = "memberCount")
    public Map<Cluster, Long> memberCount(List<Cluster> batch) {
        Map<String, Long> counts = clusters.memberCounts(batch.stream().map(Cluster::id).toList());
        Map<Cluster, Long> out = new LinkedHashMap<>();
        for (Cluster c : batch) {
            out.put(c, counts.getOrDefault(c.id(), 0L));
        }
        return out;
    }
}
