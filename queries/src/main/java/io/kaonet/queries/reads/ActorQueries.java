package io.kaonet.queries.reads;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.GeoLocation;
import io.kaonet.queries.connection.Neo4jConnection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** Reads actors: one by id, many by ids (for batch loading), and filtered pages in id order. */
public final class ActorQueries {

    private static final String KINDS = "a.kind IN $kinds";
    private static final String INDUSTRIES = "a.industry IN $industries";
    private static final String REGIONS = "a.region IN $regions";
    private static final String COUNTRIES = "a.country IN $countries";
    private static final String TEXT = "(toLower(normalize(a.name, NFKC)) =~ $pattern OR toLower(a.id) CONTAINS $text)";
    private static final String CLUSTERS = "EXISTS { (a)-[:MEMBER_OF]->(c:Cluster) WHERE c.id IN $clusters }";

    private final Neo4jConnection connection;

    /** @param connection the database to read */
    public ActorQueries(Neo4jConnection connection) {
        this.connection = connection;
    }

    /** The actor with this id. */
    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byIds(List.of(id)).get(id));
    }

    /** The actors with these ids that exist, keyed by id, in the order asked. One query. */
    public Map<String, Actor> byIds(Collection<String> ids) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            Map<String, Actor> found = session.executeRead(tx -> {
                Map<String, Actor> out = new HashMap<>();
                tx.run("UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a", Map.of("ids", List.copyOf(ids)))
                        .forEachRemaining(r -> {
                            Actor actor = toActor(r.get("a"));
                            out.put(actor.id(), actor);
                        });
                return out;
            });
            Map<String, Actor> ordered = new LinkedHashMap<>();
            for (String id : ids) {
                if (found.containsKey(id)) {
                    ordered.put(id, found.get(id));
                }
            }
            return ordered;
        }
    }

    /**
     * A page of actors in id order, after the actor with id {@code afterId} (exclusive), or from the
     * start when it is null.
     *
     * @param first page size, at least 1
     * @throws IllegalArgumentException if first is not positive
     */
    public ActorPage page(ActorFilter filter, int first, String afterId) {
        if (first < 1) {
            throw new IllegalArgumentException("first must be at least 1, was " + first);
        }
        Map<String, Object> params = filterParameters(filter);
        params.put("after", afterId);
        params.put("limit", first + 1);
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> {
                long total = tx.run("MATCH (a:Actor)" + where(filter) + " RETURN count(a) AS n", params)
                        .single().get("n").asLong();
                List<Actor> actors = new ArrayList<>();
                // A bound on the id lets the planner walk the id index in order and stop at the limit.
                tx.run("MATCH (a:Actor)" + where(filter, afterId == null ? "a.id IS NOT NULL" : "a.id > $after")
                                + " RETURN a ORDER BY a.id LIMIT $limit", params)
                        .forEachRemaining(r -> actors.add(toActor(r.get("a"))));
                boolean hasNext = actors.size() > first;
                return new ActorPage(hasNext ? actors.subList(0, first) : actors, hasNext, total);
            });
        }
    }

    /**
     * A page of actors sorted by {@code order}, skipping the first {@code offset} of that ordering
     * (positions are those of the current data version). Actors without the value come last in
     * either direction; ties are broken by id.
     *
     * @param first page size, at least 1
     * @throws IllegalArgumentException if first is not positive or offset is negative
     */
    public ActorPage sortedPage(ActorFilter filter, ActorOrder order, boolean descending, int offset, int first) {
        if (first < 1) {
            throw new IllegalArgumentException("first must be at least 1, was " + first);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        Map<String, Object> params = filterParameters(filter);
        params.put("skip", offset);
        params.put("limit", first + 1);
        String orderBy = "ORDER BY value IS NULL, value" + (descending ? " DESC" : "") + ", a.id";
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> {
                long total = tx.run("MATCH (a:Actor)" + where(filter) + " RETURN count(a) AS n", params)
                        .single().get("n").asLong();
                List<Actor> actors = new ArrayList<>();
                tx.run("MATCH (a:Actor)" + where(filter) + " WITH a, " + order.expression + " AS value "
                                + orderBy + " SKIP $skip LIMIT $limit RETURN a", params)
                        .forEachRemaining(r -> actors.add(toActor(r.get("a"))));
                boolean hasNext = actors.size() > first;
                return new ActorPage(hasNext ? actors.subList(0, first) : actors, hasNext, total);
            });
        }
    }

    /**
     * The WHERE clause of a filter: only the conditions it sets, each a constant with parameters, so
     * the planner can use the index of a condition that is there (a kind, an industry) and never
     * plans for one that is not. One clause with every condition behind an "empty parameter OR …"
     * guard read every actor's properties and joined a scan of all nodes for the cluster condition,
     * whatever the filter.
     */
    private static String where(ActorFilter filter, String... more) {
        List<String> conditions = new ArrayList<>();
        if (!filter.kinds().isEmpty()) {
            conditions.add(KINDS);
        }
        if (!filter.industries().isEmpty()) {
            conditions.add(INDUSTRIES);
        }
        if (!filter.regions().isEmpty()) {
            conditions.add(REGIONS);
        }
        if (!filter.countries().isEmpty()) {
            conditions.add(COUNTRIES);
        }
        if (filter.nameContains() != null) {
            conditions.add(TEXT);
        }
        if (!filter.clusterIds().isEmpty()) {
            conditions.add(CLUSTERS);
        }
        conditions.addAll(List.of(more));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Map<String, Object> filterParameters(ActorFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("kinds", filter.kinds().stream().map(ActorKind::name).toList());
        params.put("industries", List.copyOf(filter.industries()));
        params.put("regions", List.copyOf(filter.regions()));
        params.put("countries", List.copyOf(filter.countries()));
        params.put("clusters", List.copyOf(filter.clusterIds()));
        params.put("text", filter.nameContains() == null ? null : NameFolding.fold(filter.nameContains()));
        params.put("pattern", filter.nameContains() == null ? null : NameFolding.pattern(filter.nameContains()));
        return params;
    }

    /** Maps an actor node to the domain record; used inside read transactions. */
    static Actor toActor(Value node) {
        GeoLocation location = null;
        if (!node.get("latitude").isNull() && !node.get("longitude").isNull()) {
            location = new GeoLocation(node.get("latitude").asDouble(), node.get("longitude").asDouble());
        }
        return new Actor(
                node.get("id").asString(),
                node.get("name").asString(),
                ActorKind.valueOf(node.get("kind").asString()),
                node.get("industry").asString(null),
                node.get("region").asString(null),
                node.get("city").asString(null),
                node.get("country").asString(null),
                location,
                node.get("founded").isNull() ? null : node.get("founded").asInt(),
                node.get("employees").isNull() ? null : node.get("employees").asInt(),
                node.get("sme").isNull() ? null : node.get("sme").asBoolean(),
                strings(node.get("technologies")),
                strings(node.get("offers")),
                strings(node.get("seeks")),
                strings(node.get("citySpellings")));
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }
}
