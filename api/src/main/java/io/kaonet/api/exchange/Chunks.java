package io.kaonet.api.exchange;

import io.kaonet.core.model.NetworkBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits a batch into chunks of at most a given number of records, definitions (clusters, actors,
 * activities) before the records that refer to them (ties, memberships, participations), so that
 * each chunk's references are in it or in an earlier chunk. The same batch always gives the same chunks.
 */
final class Chunks {

    private Chunks() {
    }

    static long split(NetworkBatch batch, int size, Consumer<NetworkBatch> chunks) {
        List<List<?>> lists = List.of(batch.clusters(), batch.actors(), batch.activities(), batch.ties(),
                batch.memberships(), batch.participations());
        List<List<Object>> current = empty();
        int held = 0;
        long count = 0;
        for (int kind = 0; kind < lists.size(); kind++) {
            for (Object record : lists.get(kind)) {
                current.get(kind).add(record);
                if (++held == size) {
                    chunks.accept(of(current));
                    count++;
                    current = empty();
                    held = 0;
                }
            }
        }
        if (held > 0) {
            chunks.accept(of(current));
            count++;
        }
        return count;
    }

    private static List<List<Object>> empty() {
        List<List<Object>> lists = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    @SuppressWarnings("unchecked")
    private static NetworkBatch of(List<List<Object>> l) {
        return new NetworkBatch((List) l.get(1), (List) l.get(3), (List) l.get(0), (List) l.get(4), (List) l.get(2),
                (List) l.get(5));
    }
}
