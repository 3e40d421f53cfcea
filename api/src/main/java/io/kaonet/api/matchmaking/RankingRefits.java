package io.kaonet.api.matchmaking;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refits the stored rankings after the data changes: every {@code kaonet.matchmaking.refit-interval}
 * (one minute by default; zero turns it off) one background thread asks {@link NetworkRankings#refitStale()}
 * to refit the rankings fitted before the latest write. Watching the data version rather than
 * hooking each import path covers every kind of write (imports, bulk loads, recorded outcomes);
 * an import that spans several transactions is refitted again once it has finished.
 */
public class RankingRefits implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RankingRefits.class);

    private final ScheduledExecutorService executor;

    RankingRefits(NetworkRankings rankings, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            executor = null;
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "matchmaking-refit");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                int refitted = rankings.refitStale();
                if (refitted > 0) {
                    LOG.info("Refitted {} matchmaking ranking(s) after a write", refitted);
                }
            } catch (RuntimeException e) {
                LOG.warn("Refitting matchmaking rankings failed; the stored rankings stay in use", e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Whether refits run in the background. */
    boolean running() {
        return executor != null;
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
