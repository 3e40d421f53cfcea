package io.kaonet.core.model;

/**
 * A cluster project, such as TAMA or Kinki Bio.
 *
 * @param id          stable external id, the merge key
 * @param name        display name
 * @param region      region the project covers, or null
 * @param country     ISO country code, or null
 * @param type        the evaluation's cluster type, or null when unclassified
 * @param description free text, or null
 */
public record Cluster(String id, String name, String region, String country, ClusterType type, String description) {

    /** @throws IllegalArgumentException if id or name is blank */
    public Cluster {
        Actor.requireText(id, "cluster id");
        Actor.requireText(name, "cluster name");
    }
}
