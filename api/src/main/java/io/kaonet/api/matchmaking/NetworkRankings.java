package io.kaonet.api.matchmaking;

import io.kaonet.core.graph.CollaborationGraph;
import io.kaonet.core.matchmaking.Matchmaking;
import io.kaonet.core.matchmaking.backtest.Backtest;
import io.kaonet.core.matchmaking.backtest.FitPeriods;
import io.kaonet.core.matchmaking.backtest.FitResult;
import io.kaonet.core.matchmaking.backtest.Ranking;
import io.kaonet.core.matchmaking.backtest.RankingFit;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.matchmaking.RankingStore;
import io.kaonet.queries.matchmaking.StoredRanking;
import io.kaonet.queries.projection.Projections;
import io.kaonet.queries.reads.StoreQueries;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which ranking matchmaking uses on each network: fits a network's ranking on its own history
 * ({@link RankingFit}), stores it with its provenance ({@link RankingStore}) and answers which
 * ranking is in use and why. A network is a scope without its dates: the fit chooses its periods
 * from the tie dates ({@link FitPeriods#of}), and any window of that network is ranked the same way.
 */
public class NetworkRankings implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkRankings.class);

    private final Projections projections;
    private final RankingStore store;
    private final StoreQueries storeQueries;
    private final ReentrantLock fitting = new ReentrantLock();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "matchmaking-fit");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    public NetworkRankings(Projections projections, RankingStore store, StoreQueries storeQueries) {
        this.projections = projections;
        this.store = store;
        this.storeQueries = storeQueries;
    }

    /** The network a scope belongs to: the scope without its dates. */
    static Scope network(Scope scope) {
        Scope s = scope == null ? Scope.ALL : scope;
        return new Scope(s.clusterIds(), s.regions(), s.countries(), s.actorKinds(), s.tieKinds(), null, null, null,
                s.includeActivities(), s.weighting());
    }

    /**
     * The built-in parameters for a scope: the defaults, with co-participation counted as a
     * collaboration where activities are projected into ties.
     */
    static Matchmaking.Parameters builtIn(Scope scope) {
        Matchmaking.Parameters defaults = Matchmaking.Parameters.defaults();
        if (scope == null || !scope.includeActivities()) {
            return defaults;
        }
        Set<TieKind> kinds = EnumSet.copyOf(defaults.collaborationKinds());
        kinds.add(TieKind.CO_PARTICIPATION);
        return defaults.withCollaborationKinds(kinds);
    }

    /** The ranking in use on the scope's network. */
    public RankingInUse inUse(Scope scope) {
        Scope network = network(scope);
        Optional<StoredRanking> stored = store.find(network);
        Matchmaking.Parameters builtIn = builtIn(network);
        String key = RankingStore.key(network);
        boolean running = queued.contains(key);
        String failure = failures.get(key);
        if (stored.isEmpty()) {
            return new RankingInUse(Ranking.BUILT_IN, "No ranking has been fitted on this network's history yet; "
                    + "the built-in weights (chosen on the demo network) are used.", builtIn.weights(),
                    builtIn, null, false, running, failure);
        }
        StoredRanking s = stored.get();
        FitResult f = s.fit();
        Matchmaking.Parameters parameters = f.chosen().parameters(builtIn, f.learnt());
        return new RankingInUse(f.chosen(), f.reason(), parameters.weights(), parameters, s,
                s.dataVersion() < storeQueries.dataVersion(), running, failure);
    }

    /**
     * Starts fitting the scope's network in the background (one fit at a time; a network already
     * waiting is not queued twice) and returns the ranking in use now, marked as fitting (it may already be done). The
     * periods are checked first, so a network that cannot be fitted is refused at once.
     *
     * @throws IllegalArgumentException if the network's tie dates cannot make a fit and a held-out period
     */
    public RankingInUse startFit(Scope scope) {
        Scope network = network(scope);
        periods(projections.graph(network));
        String key = RankingStore.key(network);
        if (queued.add(key)) {
            failures.remove(key);
            background.execute(() -> {
                try {
                    fit(network);
                } catch (RuntimeException e) {
                    failures.put(key, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    LOG.warn("Matchmaking ranking of {} could not be fitted", key, e);
                } finally {
                    queued.remove(key);
                }
            });
        }
        RankingInUse now = inUse(network);
        return new RankingInUse(now.ranking(), now.reason(), now.weights(), now.parameters(), now.stored(), now.stale(),
                true, null);
    }

    private static FitPeriods periods(CollaborationGraph all) {
        return FitPeriods.of(all, FitPeriods.PERIOD_SHARE_DEFAULT).orElseThrow(() ->
                new IllegalArgumentException("the network's ties do not have enough distinct start dates to fit a "
                        + "ranking on one period and judge it on a later one"));
    }

    @Override
    public void close() {
        background.shutdownNow();
    }

    /**
     * Fits the scope's network now, in the caller's thread, stores the result and returns it as the
     * ranking in use.
     *
     * @throws IllegalArgumentException if the network's tie dates cannot make a fit and a held-out period
     */
    public RankingInUse fit(Scope scope) {
        Scope network = network(scope);
        fitting.lock();
        try {
            long version = storeQueries.dataVersion();
            CollaborationGraph all = projections.graph(network);
            FitPeriods periods = periods(all);
            Matchmaking.Parameters builtIn = builtIn(network);
            Backtest.Parameters backtest = Backtest.Parameters.defaults(builtIn);
            FitResult fit = new RankingFit(projections.graph(network.withWindow(null, periods.fitFrom().minusDays(1))),
                    projections.graph(network.withWindow(null, periods.heldOutFrom().minusDays(1))), all, periods,
                    RankingFit.Parameters.defaults(backtest)).compute();
            store.save(new StoredRanking(network, fit, version, Instant.now()));
            LOG.info("Matchmaking ranking fitted on {} (data version {}): {}", RankingStore.key(network), version,
                    fit.chosen());
        } finally {
            fitting.unlock();
        }
        return inUse(network);
    }

    /**
     * Refits every stored ranking fitted before the latest write (after an import, say); a network
     * that can no longer be fitted keeps its ranking. Returns how many were refitted.
     */
    public int refitStale() {
        long version = storeQueries.dataVersion();
        int refitted = 0;
        for (StoredRanking s : store.all()) {
            if (s.dataVersion() < version) {
                try {
                    fit(s.network());
                    refitted++;
                } catch (IllegalArgumentException e) {
                    LOG.info("Matchmaking ranking of {} not refitted: {}", RankingStore.key(s.network()), e.getMessage());
                }
            }
        }
        return refitted;
    }

    /**
     * The ranking a network uses, as the API shows it.
     *
     * @param ranking    the ranking
     * @param reason     why it is used
     * @param weights    the weights of the parts under it
     * @param parameters the matchmaking parameters that rank by it
     * @param stored     the stored fit it comes from, or null when none was fitted
     * @param stale      whether the data changed after the fit
     * @param fitting    whether a fit of the network is waiting or running
     * @param fitError   why the last fit started from the API failed, or null
     */
    public record RankingInUse(Ranking ranking, String reason, Matchmaking.Parameters.Weights weights,
                               Matchmaking.Parameters parameters, StoredRanking stored, boolean stale, boolean fitting,
                               String fitError) {
    }
}
