package io.kaonet.core.timeline;

import java.util.List;

/**
 * What changed between two networks; see {@link NetworkChanges}. Lists are unmodifiable; ties are
 * sorted by their ids, actors by id, brokers by rank.
 *
 * @param tiesBefore           edges before
 * @param tiesAfter            edges after
 * @param tiesKept             pairs adjacent in both
 * @param tiesFormed           pairs adjacent after and not before
 * @param tiesEnded            pairs adjacent before and not after
 * @param newBrokers           actors in the top brokers after and not before
 * @param formerBrokers        actors in the top brokers before and not after
 * @param becameIsolated       ids of firms tied before and isolated after
 * @param stoppedBeingIsolated ids of firms isolated before and tied after
 * @param enteredActors        ids of actors only in the later network
 * @param leftActors           ids of actors only in the earlier network
 * @param topBrokers           how many top-ranked actors counted as brokers
 */
public record NetworkChangesResult(int tiesBefore, int tiesAfter, long tiesKept, List<TieChange> tiesFormed,
                                   List<TieChange> tiesEnded, List<BrokerChange> newBrokers,
                                   List<BrokerChange> formerBrokers, List<String> becameIsolated,
                                   List<String> stoppedBeingIsolated, List<String> enteredActors,
                                   List<String> leftActors, int topBrokers) {

    public NetworkChangesResult {
        tiesFormed = List.copyOf(tiesFormed);
        tiesEnded = List.copyOf(tiesEnded);
        newBrokers = List.copyOf(newBrokers);
        formerBrokers = List.copyOf(formerBrokers);
        becameIsolated = List.copyOf(becameIsolated);
        stoppedBeingIsolated = List.copyOf(stoppedBeingIsolated);
        enteredActors = List.copyOf(enteredActors);
        leftActors = List.copyOf(leftActors);
    }
}
