package io.kaonet.api.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits every GraphQL operation must keep, {@code kaonet.graphql.*}. The first four are checked
 * before the operation runs; the time-out while it runs. docs/graphql.md explains how they are
 * counted.
 *
 * @param maxDepth        deepest nesting of fields (a root field is depth 1)
 * @param maxCost         highest estimated cost: every field resolution costs its {@code @cost} weight
 *                        (1 by default), multiplied by the list sizes above it
 * @param maxFields       most field selections, fragments expanded
 * @param maxAliases      most aliased field selections, fragments expanded
 * @param defaultListSize length assumed for an unpaged list without {@code @listSize}
 * @param maxListSize     a {@code first}/{@code last} above this counts as this (the servers' page-size cap)
 * @param timeout         longest time a request may run
 */
@ConfigurationProperties("kaonet.graphql")
public record QueryLimitSettings(@DefaultValue("" + DEFAULT_MAX_DEPTH) int maxDepth,
                                 @DefaultValue("" + DEFAULT_MAX_COST) long maxCost,
                                 @DefaultValue("" + DEFAULT_MAX_FIELDS) int maxFields,
                                 @DefaultValue("" + DEFAULT_MAX_ALIASES) int maxAliases,
                                 @DefaultValue("" + DEFAULT_LIST_SIZE) int defaultListSize,
                                 @DefaultValue("" + DEFAULT_MAX_LIST_SIZE) int maxListSize,
                                 @DefaultValue("30s") Duration timeout) {

    public static final int DEFAULT_MAX_DEPTH = 12;
    public static final long DEFAULT_MAX_COST = 50_000;
    public static final int DEFAULT_MAX_FIELDS = 500;
    public static final int DEFAULT_MAX_ALIASES = 50;
    public static final int DEFAULT_LIST_SIZE = 20;
    public static final int DEFAULT_MAX_LIST_SIZE = 500;

    public QueryLimitSettings {
        positive("kaonet.graphql.max-depth", maxDepth);
        positive("kaonet.graphql.max-cost", maxCost);
        positive("kaonet.graphql.max-fields", maxFields);
        if (maxAliases < 0) {
            throw new IllegalArgumentException("kaonet.graphql.max-aliases must not be negative, was " + maxAliases);
        }
        positive("kaonet.graphql.default-list-size", defaultListSize);
        positive("kaonet.graphql.max-list-size", maxListSize);
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("kaonet.graphql.timeout must be positive, was " + timeout);
        }
    }

    /** The defaults. */
    public static QueryLimitSettings defaults() {
        return new QueryLimitSettings(DEFAULT_MAX_DEPTH, DEFAULT_MAX_COST, DEFAULT_MAX_FIELDS, DEFAULT_MAX_ALIASES,
                DEFAULT_LIST_SIZE, DEFAULT_MAX_LIST_SIZE, Duration.ofSeconds(30));
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
