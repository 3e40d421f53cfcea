package io.kaonet.queries.reads;

import io.kaonet.core.model.ActorKind;
import java.util.Set;

/**
 * Which actors a listing returns. Empty sets and a null text mean no restriction.
 *
 * @param kinds        actor kinds
 * @param clusterIds   members of any of these clusters
 * @param industries   exact industries
 * @param regions      exact regions
 * @param countries    ISO country codes
 * @param nameContains part of the name or id, or null; ignores case, full/half width and katakana/hiragana
 *                     (see {@link NameFolding})
 */
public record ActorFilter(Set<ActorKind> kinds, Set<String> clusterIds, Set<String> industries, Set<String> regions,
                          Set<String> countries, String nameContains) {

    /** No restriction. */
    public static final ActorFilter NONE = new ActorFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null);

    public ActorFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        clusterIds = clusterIds == null ? Set.of() : Set.copyOf(clusterIds);
        industries = industries == null ? Set.of() : Set.copyOf(industries);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        if (nameContains != null && nameContains.isBlank()) {
            nameContains = null;
        }
    }
}
