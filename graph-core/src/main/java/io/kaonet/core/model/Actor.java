package io.kaonet.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An organisation (or, for coordinators, a person) in a cluster network: a node of the graph.
 *
 * <p>Only {@code id}, {@code name} and {@code kind} are required; the other attributes are
 * {@code null} when unknown. Keyword lists are never null (empty when unknown).
 *
 * @param id           stable external id, the merge key
 * @param name         display name
 * @param kind         what sort of player this is
 * @param industry     sector code or name, e.g. {@code "precision machinery"}
 * @param region       region or prefecture
 * @param city         city
 * @param country      ISO 3166-1 alpha-2 country code
 * @param location     coordinates, or null
 * @param founded      founding year, or null
 * @param employees    head count, or null
 * @param sme          whether a small or medium enterprise, or null when unknown
 * @param technologies technology keywords
 * @param offers       capability keywords the actor offers (used by matchmaking)
 * @param seeks        capability keywords the actor seeks (used by matchmaking)
 * @param citySpellings provenance of {@code city}: the other spellings of this actor's city that the
 *                     import read and replaced by the city's chosen spelling, each once, in code point
 *                     order; empty when every row spelt the city as {@code city}
 */
public record Actor(
        String id,
        String name,
        ActorKind kind,
        String industry,
        String region,
        String city,
        String country,
        GeoLocation location,
        Integer founded,
        Integer employees,
        Boolean sme,
        List<String> technologies,
        List<String> offers,
        List<String> seeks,
        List<String> citySpellings) {

    /** @throws IllegalArgumentException if id or name is blank, or employees is negative */
    public Actor {
        requireText(id, "actor id");
        requireText(name, "actor name");
        Objects.requireNonNull(kind, "actor kind must not be null");
        if (employees != null && employees < 0) {
            throw new IllegalArgumentException("employees must not be negative, was " + employees);
        }
        technologies = technologies == null ? List.of() : List.copyOf(technologies);
        offers = offers == null ? List.of() : List.copyOf(offers);
        seeks = seeks == null ? List.of() : List.copyOf(seeks);
        citySpellings = citySpellings == null ? List.of() : List.copyOf(citySpellings);
    }

    /** An actor whose city was stored as read: no other spellings of it. */
    public Actor(String id, String name, ActorKind kind, String industry, String region, String city, String country,
                 GeoLocation location, Integer founded, Integer employees, Boolean sme, List<String> technologies,
                 List<String> offers, List<String> seeks) {
        this(id, name, kind, industry, region, city, country, location, founded, employees, sme, technologies, offers,
                seeks, List.of());
    }

    /** This actor with its city spelt {@code city}, the spellings it replaced given as {@code citySpellings}. */
    public Actor withCity(String city, List<String> citySpellings) {
        return new Actor(id, name, kind, industry, region, city, country, location, founded, employees, sme,
                technologies, offers, seeks, citySpellings);
    }

    /** An actor with only the required attributes. */
    public static Actor of(String id, String name, ActorKind kind) {
        return new Actor(id, name, kind, null, null, null, null, null, null, null, null,
                List.of(), List.of(), List.of());
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
