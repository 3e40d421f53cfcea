package io.kaonet.queries.introductions;

import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Sector;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.writes.DataVersion;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The coordinators' introduction log: "coordinator C introduced A and B on day D", later its outcome,
 * and how each coordinator's introductions turned out.
 *
 * <p>An introduction is stored as an {@code INTRODUCTION} tie between A and B (from the lower id to
 * the higher, keyed like any imported tie, so importing the same tie from a file merges with it)
 * with {@code since} = D and the properties {@code coordinator}, {@code note}; its outcome adds
 * {@code outcome} (a tie kind or {@code NONE}), {@code outcomeOn} and {@code outcomeNote}, and a
 * collaboration outcome also stores the collaboration tie itself, so the network shows it. Every
 * write is one transaction that checks its input first and moves the data version on, as
 * {@code NetworkWriter} does, so cached projections are not served stale. Expected refusals are
 * returned as {@link IntroductionWrite} failures, never thrown. All Cypher is parameterised.
 */
public final class IntroductionLog {

    /** The kinds a collaboration outcome may have. */
    public static final Set<TieKind> COLLABORATION_KINDS = Set.copyOf(EnumSet.of(TieKind.JOINT_RESEARCH,
            TieKind.TECHNOLOGY_TRANSFER, TieKind.FINANCING, TieKind.SUPPLY, TieKind.ALLIANCE, TieKind.SPIN_OFF));
    /** The provenance written on ties the log creates. */
    public static final String PROVENANCE = "introduction log";

    private static final String NO_OUTCOME = "NONE";
    private static final String ACTOR_KINDS = """
            UNWIND $ids AS id
            OPTIONAL MATCH (x:Actor {id: id})
            RETURN id, x.kind AS kind
            """;
    private static final String CREATE = """
            MATCH (a:Actor {id: $first}), (b:Actor {id: $second})
            CREATE (a)-[r:INTRODUCTION {key: $key}]->(b)
            SET r.since = $date, r.weight = 1.0, r.provenance = $provenance, r.coordinator = $coordinator,
                r.note = $note
            """;
    private static final String EXISTS = "MATCH ()-[r:INTRODUCTION {key: $key}]->() RETURN count(r) AS n";
    private static final String FIND = """
            MATCH (a:Actor)-[r:INTRODUCTION {key: $key}]->(b:Actor)
            RETURN a.id AS first, b.id AS second, r.since AS since, r.outcome AS outcome
            """;
    private static final String SET_OUTCOME = """
            MATCH ()-[r:INTRODUCTION {key: $key}]->()
            SET r.outcome = $outcome, r.outcomeOn = $date, r.outcomeNote = $note
            """;
    private static final Map<TieKind, String> MERGE_TIE = new HashMap<>();

    static {
        for (TieKind kind : COLLABORATION_KINDS) {
            MERGE_TIE.put(kind, """
                    MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
                    MERGE (a)-[t:%s {key: $key}]->(b)
                    ON CREATE SET t.since = $date, t.weight = 1.0, t.provenance = $provenance
                    """.formatted(kind.name()));
        }
    }

    /**
     * Every introduction with its coordinator (recorded, or inferred as the lowest-id coordinator with
     * coordination ties to both by that day) and its first later collaboration (for inference).
     */
    private static final String LIST = """
            MATCH (a:Actor)-[r:INTRODUCTION]->(b:Actor)
            WHERE ($actor IS NULL OR a.id = $actor OR b.id = $actor) AND ($id IS NULL OR r.key = $id)
              AND ($from IS NULL OR r.since >= $from) AND ($to IS NULL OR r.since <= $to)
              AND ($cluster IS NULL OR EXISTS { MATCH (x:Actor)-[:MEMBER_OF]->(:Cluster {id: $cluster})
                                                WHERE x = a OR x = b })
            WITH a, b, r,
                 coalesce(r.coordinator, COLLECT {
                     MATCH (c:Actor)-[k1:COORDINATION]->(a)
                     WHERE c.kind = 'COORDINATOR' AND (k1.since IS NULL OR r.since IS NULL OR k1.since <= r.since)
                       AND EXISTS { MATCH (c)-[k2:COORDINATION]->(b)
                                    WHERE k2.since IS NULL OR r.since IS NULL OR k2.since <= r.since }
                     RETURN c.id ORDER BY c.id LIMIT 1 }[0]) AS coordinatorId,
                 COLLECT {
                     MATCH (a)-[t]-(b)
                     WHERE type(t) IN $kinds AND t.since IS NOT NULL AND r.since IS NOT NULL AND t.since >= r.since
                     RETURN {kind: type(t), since: t.since} ORDER BY t.since, type(t) LIMIT 1 }[0] AS followed
            WHERE $coordinator IS NULL OR coordinatorId = $coordinator
            OPTIONAL MATCH (c:Actor {id: coordinatorId})
            RETURN r.key AS id, coordinatorId, c.name AS coordinatorName, r.coordinator IS NULL AS coordinatorInferred,
                   a.id AS firstId, a.name AS firstName, b.id AS secondId, b.name AS secondName, r.since AS date,
                   r.outcome AS outcome, r.outcomeOn AS outcomeOn, followed, r.note AS note
            ORDER BY date, id
            """;

    private final Neo4jConnection connection;
    private final Clock clock;

    /** @param connection the database */
    public IntroductionLog(Neo4jConnection connection) {
        this(connection, Clock.systemDefaultZone());
    }

    /**
     * @param connection the database
     * @param clock      what "today" is: introductions and outcomes may not be dated after it
     */
    public IntroductionLog(Neo4jConnection connection, Clock clock) {
        this.connection = Objects.requireNonNull(connection, "connection must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Records that a coordinator introduced two actors on a day.
     *
     * @param coordinatorId who made the introduction: a coordinator, support organisation, incubator
     *                      or government body
     * @param actorIds      the two actors introduced
     * @param date          the day
     * @param note          free text, or null
     * @return the new entry, or why nothing was written (a date after today, unknown actor, not a
     *     coordinator, the same actor twice, or the pair already introduced that day)
     * @throws IllegalArgumentException if an id is blank, there are not two actors, or date is null
     */
    public IntroductionWrite recordIntroduction(String coordinatorId, List<String> actorIds, LocalDate date, String note) {
        requireId(coordinatorId, "coordinatorId");
        if (actorIds == null || actorIds.size() != 2) {
            throw new IllegalArgumentException("an introduction joins exactly two actors, had " + actorIds);
        }
        actorIds.forEach(id -> requireId(id, "actor id"));
        Objects.requireNonNull(date, "date must not be null");
        String first = actorIds.get(0).compareTo(actorIds.get(1)) <= 0 ? actorIds.get(0) : actorIds.get(1);
        String second = first.equals(actorIds.get(0)) ? actorIds.get(1) : actorIds.get(0);
        IntroductionWrite future = refuseFuture(date, "introduction");
        if (future != null) {
            return future;
        }
        if (first.equals(second)) {
            return IntroductionWrite.refused(IntroductionWrite.Failure.SAME_ACTOR,
                    "actor " + first + " cannot be introduced to itself");
        }
        if (coordinatorId.equals(first) || coordinatorId.equals(second)) {
            return IntroductionWrite.refused(IntroductionWrite.Failure.SAME_ACTOR,
                    "coordinator " + coordinatorId + " cannot introduce itself");
        }
        String key = new Tie(null, first, second, TieKind.INTRODUCTION, date, null, 1, null).key();
        IntroductionWrite refused = withSession(session -> session.executeWrite(tx -> {
            Map<String, String> kinds = kinds(tx, List.of(coordinatorId, first, second));
            for (String id : List.of(coordinatorId, first, second)) {
                if (kinds.get(id) == null) {
                    return IntroductionWrite.refused(IntroductionWrite.Failure.UNKNOWN_ACTOR, "actor " + id + " is not stored");
                }
            }
            ActorKind kind = ActorKind.valueOf(kinds.get(coordinatorId));
            if (kind.sector() != Sector.GOVERNMENT) {
                return IntroductionWrite.refused(IntroductionWrite.Failure.NOT_A_COORDINATOR, "actor " + coordinatorId
                        + " is a " + kind + ", not a coordinator, support organisation, incubator or government body");
            }
            if (tx.run(EXISTS, Map.of("key", key)).single().get("n").asLong() > 0) {
                return IntroductionWrite.refused(IntroductionWrite.Failure.DUPLICATE,
                        first + " and " + second + " were already introduced on " + date);
            }
            Map<String, Object> params = new HashMap<>();
            params.put("first", first);
            params.put("second", second);
            params.put("key", key);
            params.put("date", date);
            params.put("provenance", PROVENANCE);
            params.put("coordinator", coordinatorId);
            params.put("note", note);
            tx.run(CREATE, params).consume();
            DataVersion.bump(tx, List.of(first, second));
            return null;
        }));
        return refused != null ? refused : IntroductionWrite.written(byId(key).orElseThrow());
    }

    /**
     * Records what came of an introduction: a collaboration of a kind (also stored as a tie between
     * the two, from {@code giverId} for directed kinds), or none.
     *
     * @param introductionId the introduction
     * @param collaboration  the kind of collaboration, or null for none
     * @param date           the day of the outcome
     * @param giverId        for directed kinds, which of the two gives (lends, supplies, licenses, spins
     *                       off); required for them, ignored for the others
     * @param note           free text, or null
     * @return the updated entry, or why nothing was written (a date after today, a directed kind without
     *     its giver, unknown introduction, outcome dated before it, outcome already recorded, giver not
     *     one of the two)
     * @throws IllegalArgumentException if the kind is not a collaboration kind or date is null
     */
    public IntroductionWrite recordOutcome(String introductionId, TieKind collaboration, LocalDate date, String giverId,
                                           String note) {
        requireId(introductionId, "introductionId");
        Objects.requireNonNull(date, "date must not be null");
        if (collaboration != null && !COLLABORATION_KINDS.contains(collaboration)) {
            throw new IllegalArgumentException("an outcome is one of " + COLLABORATION_KINDS + " or none, was "
                    + collaboration);
        }
        IntroductionWrite future = refuseFuture(date, "outcome");
        if (future != null) {
            return future;
        }
        if (collaboration != null && collaboration.directed() && (giverId == null || giverId.isBlank())) {
            return IntroductionWrite.refused(IntroductionWrite.Failure.GIVER_REQUIRED, "a " + collaboration
                    + " collaboration has a direction: say which of the two gives (giverId)");
        }
        String giver = collaboration != null && collaboration.directed() ? giverId : null;
        IntroductionWrite refused = withSession(session -> session.executeWrite(tx -> {
            var found = tx.run(FIND, Map.of("key", introductionId)).list();
            if (found.isEmpty()) {
                return IntroductionWrite.refused(IntroductionWrite.Failure.UNKNOWN_INTRODUCTION,
                        "no introduction has the id " + introductionId);
            }
            Record r = found.get(0);
            LocalDate since = r.get("since").isNull() ? null : r.get("since").asLocalDate();
            if (since != null && date.isBefore(since)) {
                return IntroductionWrite.refused(IntroductionWrite.Failure.OUTCOME_BEFORE_INTRODUCTION,
                        "the outcome on " + date + " is before the introduction on " + since);
            }
            if (!r.get("outcome").isNull()) {
                return IntroductionWrite.refused(IntroductionWrite.Failure.OUTCOME_ALREADY_RECORDED,
                        "introduction " + introductionId + " already has the outcome " + r.get("outcome").asString());
            }
            String first = r.get("first").asString();
            String second = r.get("second").asString();
            if (giver != null && !giver.equals(first) && !giver.equals(second)) {
                return IntroductionWrite.refused(IntroductionWrite.Failure.NOT_IN_PAIR,
                        "giver " + giver + " is neither " + first + " nor " + second);
            }
            Map<String, Object> params = new HashMap<>();
            params.put("key", introductionId);
            params.put("outcome", collaboration == null ? NO_OUTCOME : collaboration.name());
            params.put("date", date);
            params.put("note", note);
            tx.run(SET_OUTCOME, params).consume();
            if (collaboration != null) {
                String source = giver == null ? first : giver;
                String target = source.equals(first) ? second : first;
                Tie tie = new Tie(null, source, target, collaboration, date, null, 1, null);
                boolean swap = !collaboration.directed() && source.compareTo(target) > 0;
                Map<String, Object> tieParams = new HashMap<>();
                tieParams.put("source", swap ? target : source);
                tieParams.put("target", swap ? source : target);
                tieParams.put("key", tie.key());
                tieParams.put("date", date);
                tieParams.put("provenance", PROVENANCE + ": outcome of " + introductionId);
                tx.run(MERGE_TIE.get(collaboration), tieParams).consume();
            }
            DataVersion.bump(tx, List.of(first, second));
            return null;
        }));
        return refused != null ? refused : IntroductionWrite.written(byId(introductionId).orElseThrow());
    }

    private IntroductionWrite refuseFuture(LocalDate date, String what) {
        LocalDate today = LocalDate.now(clock);
        return date.isAfter(today) ? IntroductionWrite.refused(IntroductionWrite.Failure.DATE_IN_FUTURE,
                "the " + what + " is dated " + date + ", after today (" + today + ")") : null;
    }

    /** Introductions in date order (then id) that pass a filter. */
    public List<Introduction> list(IntroductionFilter filter) {
        return read(filter, null);
    }

    /** One entry by id, or empty. */
    public Optional<Introduction> byId(String introductionId) {
        return read(IntroductionFilter.ALL, introductionId).stream().findFirst();
    }

    private List<Introduction> read(IntroductionFilter filter, String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("coordinator", filter.coordinatorId());
        params.put("actor", filter.actorId());
        params.put("cluster", filter.clusterId());
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("kinds", COLLABORATION_KINDS.stream().map(TieKind::name).toList());
        return withSession(session -> session.executeRead(tx -> tx.run(LIST, params).list(IntroductionLog::entry)));
    }

    /**
     * How each coordinator's introductions (those passing the filter) turned out, in coordinator id
     * order; introductions whose coordinator is neither recorded nor inferable are left out.
     */
    public List<CoordinatorRecord> coordinators(IntroductionFilter filter) {
        Map<String, List<Introduction>> by = new LinkedHashMap<>();
        List<Introduction> all = new ArrayList<>(list(filter));
        all.sort(Comparator.comparing(Introduction::coordinatorId, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Introduction i : all) {
            if (i.coordinatorId() != null) {
                by.computeIfAbsent(i.coordinatorId(), k -> new ArrayList<>()).add(i);
            }
        }
        List<CoordinatorRecord> out = new ArrayList<>();
        for (var e : by.entrySet()) {
            List<Introduction> list = e.getValue();
            int collaborations = 0;
            int none = 0;
            List<Long> days = new ArrayList<>();
            for (Introduction i : list) {
                switch (i.status()) {
                    case COLLABORATION -> {
                        collaborations++;
                        if (i.daysToOutcome() != null) {
                            days.add(i.daysToOutcome());
                        }
                    }
                    case NO_COLLABORATION -> none++;
                    case OPEN -> { }
                }
            }
            out.add(new CoordinatorRecord(e.getKey(), list.get(0).coordinatorName(), list.size(), collaborations, none,
                    list.size() - collaborations - none, (double) collaborations / list.size(), median(days)));
        }
        return out;
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2).doubleValue() : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static Introduction entry(Record r) {
        LocalDate date = date(r.get("date"));
        Introduction.Status status = Introduction.Status.OPEN;
        TieKind kind = null;
        LocalDate outcomeOn = null;
        boolean inferred = false;
        if (!r.get("outcome").isNull()) {
            String outcome = r.get("outcome").asString();
            outcomeOn = date(r.get("outcomeOn"));
            if (NO_OUTCOME.equals(outcome)) {
                status = Introduction.Status.NO_COLLABORATION;
            } else {
                status = Introduction.Status.COLLABORATION;
                kind = TieKind.valueOf(outcome);
            }
        } else if (!r.get("followed").isNull()) {
            Value followed = r.get("followed");
            status = Introduction.Status.COLLABORATION;
            kind = TieKind.valueOf(followed.get("kind").asString());
            outcomeOn = date(followed.get("since"));
            inferred = true;
        }
        return new Introduction(r.get("id").asString(), r.get("coordinatorId").asString(null),
                r.get("coordinatorName").asString(null), r.get("coordinatorInferred").asBoolean(),
                r.get("firstId").asString(), r.get("firstName").asString(null), r.get("secondId").asString(),
                r.get("secondName").asString(null), date, status, kind, outcomeOn, inferred, r.get("note").asString(null));
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    private static Map<String, String> kinds(TransactionContext tx, List<String> ids) {
        Map<String, String> out = new HashMap<>();
        tx.run(ACTOR_KINDS, Map.of("ids", ids)).forEachRemaining(r -> out.put(r.get("id").asString(),
                r.get("kind").asString(null)));
        return out;
    }

    private <T> T withSession(Function<Session, T> work) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return work.apply(session);
        }
    }

    private static void requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
