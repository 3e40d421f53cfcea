package io.kaonet.queries.matchmaking;

import io.kaonet.core.matchmaking.Matchmaking.Parameters.Weights;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.matchmaking.ScoreParts;
import io.kaonet.core.matchmaking.backtest.FitPeriods;
import io.kaonet.core.matchmaking.backtest.FitResult;
import io.kaonet.core.matchmaking.backtest.Interval;
import io.kaonet.core.matchmaking.backtest.MethodScore;
import io.kaonet.core.matchmaking.backtest.Ranking;
import io.kaonet.core.matchmaking.backtest.RankingMethod;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.CoParticipationWeighting;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.connection.Neo4jConnection;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The fitted matchmaking rankings, one {@code (:MatchmakingRanking {network})} node per network
 * (a scope without dates, written as a canonical key). Saving one does not move the data version:
 * a ranking is derived from the data, and the version it read is kept with it so that a reader can
 * tell a ranking fitted before the latest write.
 *
 * <p>Thread-safe; every statement parameterised.
 */
public final class RankingStore {

    /** The node label. */
    public static final String LABEL = "MatchmakingRanking";

    private static final String SAVE = """
            MERGE (m:MatchmakingRanking {network: $network})
            SET m = $properties, m.network = $network
            """;
    private static final String FIND = "MATCH (m:MatchmakingRanking {network: $network}) RETURN properties(m) AS m";
    private static final String ALL = "MATCH (m:MatchmakingRanking) RETURN properties(m) AS m ORDER BY m.network";

    private final Neo4jConnection connection;

    public RankingStore(Neo4jConnection connection) {
        this.connection = connection;
    }

    /** The canonical key of a network: its scope's sets sorted, its activity settings; no dates. */
    public static String key(Scope network) {
        return "clusters=" + new TreeSet<>(network.clusterIds()) + ";regions=" + new TreeSet<>(network.regions())
                + ";countries=" + new TreeSet<>(network.countries())
                + ";actorKinds=" + new TreeSet<>(network.actorKinds()) + ";tieKinds=" + new TreeSet<>(network.tieKinds())
                + ";activities=" + network.includeActivities() + ";weighting=" + network.weighting();
    }

    /** Stores a ranking, replacing the network's previous one. */
    public void save(StoredRanking ranking) {
        Map<String, Object> p = new HashMap<>();
        Scope n = ranking.network();
        p.put("clusterIds", List.copyOf(new TreeSet<>(n.clusterIds())));
        p.put("regions", List.copyOf(new TreeSet<>(n.regions())));
        p.put("countries", List.copyOf(new TreeSet<>(n.countries())));
        p.put("actorKinds", n.actorKinds().stream().map(Enum::name).sorted().toList());
        p.put("tieKinds", n.tieKinds().stream().map(Enum::name).sorted().toList());
        p.put("includeActivities", n.includeActivities());
        p.put("weighting", n.weighting().name());
        FitResult f = ranking.fit();
        p.put("chosen", f.chosen().name());
        p.put("reason", f.reason());
        p.put("decision", f.decision().name());
        p.put("learnt", toList(f.learnt().toArray()));
        p.put("fitFrom", f.periods().fitFrom());
        p.put("heldOutFrom", f.periods().heldOutFrom());
        p.put("heldOutUntil", f.periods().heldOutUntil());
        p.put("fitQueries", f.fitQueries());
        p.put("fitTargets", f.fitTargets());
        p.put("heldOutQueries", f.heldOutQueries());
        p.put("heldOutTargets", f.heldOutTargets());
        p.put("dataVersion", ranking.dataVersion());
        p.put("fittedAt", ranking.fittedAt().atOffset(ZoneOffset.UTC));
        List<MethodScore> rows = f.heldOut();
        p.put("ks", rows.isEmpty() ? List.of() : rows.get(0).ks());
        p.put("rowLabels", rows.stream().map(MethodScore::label).toList());
        p.put("rowMethods", rows.stream().map(s -> s.method().name()).toList());
        p.put("precision", flat(rows, MethodScore::precision));
        p.put("precisionLow", flat(rows, s -> s.precisionIntervals().stream().map(Interval::low).toList()));
        p.put("precisionHigh", flat(rows, s -> s.precisionIntervals().stream().map(Interval::high).toList()));
        p.put("recall", flat(rows, MethodScore::recall));
        p.put("recallLow", flat(rows, s -> s.recallIntervals().stream().map(Interval::low).toList()));
        p.put("recallHigh", flat(rows, s -> s.recallIntervals().stream().map(Interval::high).toList()));
        p.put("mrr", rows.stream().map(MethodScore::mrr).toList());
        p.put("mrrLow", rows.stream().map(s -> s.mrrInterval().low()).toList());
        p.put("mrrHigh", rows.stream().map(s -> s.mrrInterval().high()).toList());
        if (!Double.isNaN(f.l2())) {
            p.put("l2", f.l2());
        }
        p.put("validationL2", List.copyOf(f.validation().keySet()));
        p.put("validationMrr", List.copyOf(f.validation().values()));
        p.put("model", f.model());
        p.put("modelNames", List.copyOf(f.models().keySet()));
        p.put("modelMrr", List.copyOf(f.models().values()));
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            session.executeWrite(tx -> tx.run(SAVE, Map.of("network", key(n), "properties", p)).consume());
        }
    }

    /** The network's stored ranking, if one was fitted. */
    public Optional<StoredRanking> find(Scope network) {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> {
                var result = tx.run(FIND, Map.of("network", key(network)));
                return result.hasNext() ? Optional.of(read(result.next())) : Optional.<StoredRanking>empty();
            });
        }
    }

    /** Every stored ranking, in key order. */
    public List<StoredRanking> all() {
        try (Session session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> tx.run(ALL).list(RankingStore::read));
        }
    }

    private static StoredRanking read(Record record) {
        Value m = record.get("m");
        Scope network = new Scope(setOf(m.get("clusterIds").asList(Value::asString)),
                setOf(m.get("regions").asList(Value::asString)),
                setOf(m.get("countries").asList(Value::asString)),
                setOf(m.get("actorKinds").asList(v -> ActorKind.valueOf(v.asString()))),
                setOf(m.get("tieKinds").asList(v -> TieKind.valueOf(v.asString()))), null, null, null,
                m.get("includeActivities").asBoolean(), CoParticipationWeighting.valueOf(m.get("weighting").asString()));
        List<Integer> ks = m.get("ks").asList(Value::asInt);
        List<String> labels = m.get("rowLabels").asList(Value::asString);
        List<String> methods = m.get("rowMethods").asList(Value::asString);
        List<Double> precision = doubles(m, "precision");
        List<Double> precisionLow = doubles(m, "precisionLow");
        List<Double> precisionHigh = doubles(m, "precisionHigh");
        List<Double> recall = doubles(m, "recall");
        List<Double> recallLow = doubles(m, "recallLow");
        List<Double> recallHigh = doubles(m, "recallHigh");
        List<Double> mrr = doubles(m, "mrr");
        List<Double> mrrLow = doubles(m, "mrrLow");
        List<Double> mrrHigh = doubles(m, "mrrHigh");
        List<MethodScore> rows = new ArrayList<>();
        int k = ks.size();
        for (int r = 0; r < labels.size(); r++) {
            List<Interval> pi = new ArrayList<>();
            List<Interval> ri = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                pi.add(new Interval(precisionLow.get(r * k + i), precisionHigh.get(r * k + i)));
                ri.add(new Interval(recallLow.get(r * k + i), recallHigh.get(r * k + i)));
            }
            rows.add(new MethodScore(labels.get(r), RankingMethod.valueOf(methods.get(r)), ks,
                    precision.subList(r * k, r * k + k), recall.subList(r * k, r * k + k), mrr.get(r), pi, ri,
                    new Interval(mrrLow.get(r), mrrHigh.get(r))));
        }
        // A ranking stored before a part was added has no weight for it: the part then weighed nothing.
        double[] learnt = Arrays.copyOf(doubles(m, "learnt").stream().mapToDouble(Double::doubleValue).toArray(),
                ScoreParts.NAMES.size());
        Ranking chosen = Ranking.valueOf(m.get("chosen").asString());
        String reason = m.get("reason").asString();
        FitResult fit = new FitResult(chosen, reason, decision(m, chosen, reason), Weights.of(learnt),
                new FitPeriods(m.get("fitFrom").asLocalDate(), m.get("heldOutFrom").asLocalDate(),
                m.get("heldOutUntil").asLocalDate()), rows, m.get("fitQueries").asInt(), m.get("fitTargets").asInt(),
                m.get("heldOutQueries").asInt(), m.get("heldOutTargets").asInt(),
                m.get("l2").isNull() ? Double.NaN : m.get("l2").asDouble(), validation(m),
                m.get("model").isNull() ? "" : m.get("model").asString(), models(m));
        return new StoredRanking(network, fit, m.get("dataVersion").asLong(),
                m.get("fittedAt").asOffsetDateTime().toInstant());
    }

    /**
     * The rule that chose the ranking; for a ranking stored before the rule was kept, read from the
     * ranking chosen and the start of its reason (the one sentence {@code RankingFit} writes per rule).
     */
    private static FitResult.Decision decision(Value m, Ranking chosen, String reason) {
        if (!m.get("decision").isNull()) {
            return FitResult.Decision.valueOf(m.get("decision").asString());
        }
        if (chosen == Ranking.LEARNT) {
            return FitResult.Decision.LEARNT_BEAT_EVERY_OTHER;
        }
        return reason.startsWith("Too little history") ? FitResult.Decision.TOO_LITTLE_HISTORY
                : FitResult.Decision.BEST_OF_THE_OTHERS;
    }

    /** The cross-validated MRR of each penalty; empty for a ranking stored before penalties were compared. */
    private static Map<Double, Double> validation(Value m) {
        Map<Double, Double> out = new LinkedHashMap<>();
        if (!m.get("validationL2").isNull()) {
            List<Double> l2 = doubles(m, "validationL2");
            List<Double> mrr = doubles(m, "validationMrr");
            for (int i = 0; i < l2.size(); i++) {
                out.put(l2.get(i), mrr.get(i));
            }
        }
        return out;
    }

    /** The cross-validated MRR of each candidate weighting; empty for a ranking stored before they were compared. */
    private static Map<String, Double> models(Value m) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!m.get("modelNames").isNull()) {
            List<String> names = m.get("modelNames").asList(Value::asString);
            List<Double> mrr = doubles(m, "modelMrr");
            for (int i = 0; i < names.size(); i++) {
                out.put(names.get(i), mrr.get(i));
            }
        }
        return out;
    }

    private static <T> Set<T> setOf(List<T> values) {
        return Set.copyOf(values);
    }

    private static List<Double> doubles(Value m, String key) {
        return m.get(key).asList(Value::asDouble);
    }

    private static List<Double> toList(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    private static List<Double> flat(List<MethodScore> rows, Function<MethodScore, List<Double>> column) {
        List<Double> out = new ArrayList<>();
        rows.forEach(r -> out.addAll(column.apply(r)));
        return out;
    }
}
