package io.kaonet.queries.projection;

import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.schema.GraphSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Cypher that reads one scope, with the scope pushed into the query: a cluster scope starts at
 * its clusters' nodes and walks their memberships, a region, country or kind scope starts from the
 * actor indexes, and ties and activities are reached by expanding from the kept actors only. Only
 * the conditions a scope sets are written into the text (so the planner sees, for instance, that
 * {@code a.region IN $regions} can use the region index); every value goes in as a parameter, and
 * labels and relationship types come only from {@link GraphSchema}'s constants.
 */
final class ScopeCypher {

    private final Scope scope;
    private final Set<String> only;

    /**
     * @param scope the scope
     * @param only  null to read the whole scope, or the ids of the only actors to read (a patch):
     *              then ties are read in both directions, each with the actor it was read from
     */
    ScopeCypher(Scope scope, Set<String> only) {
        this.scope = scope;
        this.only = only;
    }

    /** The parameters of every statement of this scope. */
    Map<String, Object> parameters() {
        Map<String, Object> params = new HashMap<>();
        params.put("kinds", scope.actorKinds().stream().map(ActorKind::name).sorted().toList());
        params.put("regions", scope.regions().stream().sorted().toList());
        params.put("countries", scope.countries().stream().sorted().toList());
        params.put("clusters", scope.clusterIds().stream().sorted().toList());
        params.put("start", scope.windowStart());
        params.put("end", scope.windowEnd());
        params.put("endYear", scope.windowEnd() == null ? null : (long) scope.windowEnd().getYear());
        params.put("only", only == null ? List.of() : only.stream().sorted().toList());
        return params;
    }

    /** The relationship types of the tie kinds the scope keeps, as a type expression; empty for none. */
    String keptTypes() {
        List<String> types = new ArrayList<>();
        for (TieKind kind : TieKind.values()) {
            if (kind.storable() && scope.keepsTieKind(kind)) {
                types.add(kind.name());
            }
        }
        return String.join("|", types);
    }

    /** Every stored tie type, as a type expression. */
    static String allTypes() {
        return String.join("|", GraphSchema.tieTypes());
    }

    /** Binds {@code a} to every kept actor, each once. */
    String actorMatch() {
        StringBuilder q = new StringBuilder();
        List<String> where = new ArrayList<>();
        if (only != null) {
            q.append("UNWIND $only AS oid\nMATCH (a:Actor {id: oid})\n");
            if (!scope.clusterIds().isEmpty()) {
                where.add("EXISTS { (a)-[m:MEMBER_OF]->(c:Cluster) WHERE c.id IN $clusters AND "
                        + overlaps("m.since", "m.until") + " }");
            }
        } else if (!scope.clusterIds().isEmpty()) {
            q.append("MATCH (c:Cluster)<-[m:MEMBER_OF]-(a:Actor)\nWHERE c.id IN $clusters AND ")
                    .append(overlaps("m.since", "m.until")).append("\nWITH DISTINCT a\n");
        } else {
            q.append("MATCH (a:Actor)\n");
        }
        if (!scope.actorKinds().isEmpty()) {
            where.add("a.kind IN $kinds");
        }
        if (!scope.regions().isEmpty()) {
            where.add("a.region IN $regions");
        }
        if (!scope.countries().isEmpty()) {
            where.add("a.country IN $countries");
        }
        if (scope.windowEnd() != null) {
            // Scope.existed: founded by the end's year or, without a founding year, a first record
            // (tie or activity) that is undated or starts by the end, or no record at all.
            where.add("""
                    (a.founded <= $endYear OR a.founded IS NULL AND NOT (
                      (EXISTS { (a)-[:%1$s]-(:Actor) } OR EXISTS { (a)-[:PARTICIPATES_IN]->(:Activity) })
                      AND NOT EXISTS { (a)-[t:%1$s]-(:Actor) WHERE t.since IS NULL OR t.since <= $end }
                      AND NOT EXISTS { (a)-[:PARTICIPATES_IN]->(y:Activity) WHERE y.start IS NULL OR y.start <= $end }))"""
                    .formatted(allTypes()));
        }
        if (!where.isEmpty()) {
            q.append("WHERE ").append(String.join("\n  AND ", where)).append('\n');
        }
        return q.toString();
    }

    /** The kept actors with their attributes and the clusters they belong to in the scope's dates, in id order. */
    String actors() {
        return actorMatch() + """
                RETURN a.id AS id, a.name AS name, a.kind AS kind, a.industry AS industry, a.region AS region,
                       a.country AS country, a.sme AS sme, a.technologies AS technologies, a.offers AS offers,
                       a.seeks AS seeks,
                       [(a)-[mm:MEMBER_OF]->(cc:Cluster) WHERE %s | cc.id] AS clusters
                ORDER BY a.id
                """.formatted(overlaps("mm.since", "mm.until"));
    }

    /**
     * The ties of kept kinds in the scope's dates that leave a kept actor (in a patch: that leave or
     * reach one); the caller drops those with an end not kept. Null when the scope keeps no stored
     * tie kind.
     */
    String ties() {
        String types = keptTypes();
        if (types.isEmpty()) {
            return null;
        }
        String where = overlaps("r.since", "r.until");
        // A full read returns each tie once, from its source; a patch returns it from each touched end
        // with that end as "from" (the builder keeps one).
        return actorMatch() + "MATCH (a)-[r:" + types + "]-" + (only == null ? ">" : "") + "(b:Actor)\n"
                + (where.equals("true") ? "" : "WHERE " + where + "\n")
                + (only == null ? "RETURN a.id AS source, b.id AS target"
                        : "RETURN a.id AS from, startNode(r).id AS source, endNode(r).id AS target")
                + ", type(r) AS kind, r.weight AS weight, r.since AS since\n";
    }

    /** The activities in the scope's dates that a kept actor takes part in, each with all its participants. */
    String activities() {
        return actorMatch() + """
                MATCH (a)-[:PARTICIPATES_IN]->(x:Activity)
                WHERE %s
                WITH DISTINCT x
                MATCH (x)<-[:PARTICIPATES_IN]-(p:Actor)
                WITH x, collect(DISTINCT p.id) AS members
                RETURN x.start AS start, members ORDER BY x.id
                """.formatted(overlaps("x.start", "x.end"));
    }

    /** Whether a validity {@code since..until} overlaps the scope's dates, written for the bounds it has. */
    private String overlaps(String since, String until) {
        List<String> parts = new ArrayList<>();
        if (scope.windowEnd() != null) {
            parts.add("(" + since + " IS NULL OR " + since + " <= $end)");
        }
        if (scope.windowStart() != null) {
            parts.add("(" + until + " IS NULL OR " + until + " >= $start)");
        }
        return parts.isEmpty() ? "true" : String.join(" AND ", parts);
    }
}
