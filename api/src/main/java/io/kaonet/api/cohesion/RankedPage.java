package io.kaonet.api.cohesion;

import io.kaonet.api.paging.Connection;
import io.kaonet.api.paging.Cursors;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages of a list computed whole and kept in a fixed order (an analysis result): the cursor of an
 * item is its position, tagged with the list's kind.
 */
public final class RankedPage {

    private RankedPage() {
    }

    /**
     * The page of {@code first} items after the cursor {@code after}.
     *
     * @param all          the whole list, in its order
     * @param first        requested page size
     * @param after        the cursor of the previous page's last item, or null
     * @param cursorKind   the list's kind, so that cursors of other lists are refused
     * @throws IllegalArgumentException on a bad page size or a cursor that is not of this list or lies beyond it
     */
    public static <T> Connection<T> of(List<T> all, int first, String after, String cursorKind) {
        int size = Cursors.pageSize(first);
        String key = Cursors.decode(cursorKind, after);
        int start = key == null ? 0 : position(key) + 1;
        if (start > all.size()) {
            throw new IllegalArgumentException("cursor '" + after + "' lies beyond the end of the list");
        }
        int end = Math.min(all.size(), start + size);
        List<Connection.Edge<T>> edges = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            edges.add(new Connection.Edge<>(Cursors.encode(cursorKind, Integer.toString(i)), all.get(i)));
        }
        String startCursor = edges.isEmpty() ? null : edges.get(0).cursor();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(List.copyOf(edges), new Connection.PageInfo(start > 0, end < all.size(), startCursor,
                endCursor), all.size());
    }

    private static int position(String key) {
        try {
            int p = Integer.parseInt(key);
            if (p >= 0) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("cursor is not a cursor of this list");
    }
}
