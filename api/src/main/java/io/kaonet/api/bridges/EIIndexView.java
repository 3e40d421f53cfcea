package io.kaonet.api.bridges;

import io.kaonet.api.brokers.ActorGrouping;
import java.util.List;

/** The E–I index of a grouping (GraphQL {@code EIIndex}); indexes are null where undefined. */
public record EIIndexView(ActorGrouping groupBy, long external, long internal, long excluded, Double index,
                          Double baseline, List<Group> groups) {

    /** One group's figures (GraphQL {@code EIGroup}). */
    public record Group(String group, long size, long external, long internal, Double index, Double baseline) {
    }
}
