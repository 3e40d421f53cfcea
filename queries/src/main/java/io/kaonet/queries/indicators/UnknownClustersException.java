package io.kaonet.queries.indicators;

import java.util.List;

/** Indicators were refused because they name clusters that are not stored. Nothing was written. */
public class UnknownClustersException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> clusterIds;

    UnknownClustersException(List<String> clusterIds) {
        super("refused: indicators name clusters that do not exist: " + clusterIds);
        this.clusterIds = List.copyOf(clusterIds);
    }

    /** The cluster ids that do not exist, in id order. */
    public List<String> clusterIds() {
        return clusterIds;
    }
}
