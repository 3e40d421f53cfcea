package io.kaonet.api.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Pages of a ranked list held in memory (an analysis result cached on a projection): a cursor is the
 * position of an item in the ranking, tagged with the list and its ordering so that a cursor of
 * another list or ordering is refused. Positions are those of the data version the ranking was
 * computed on.
 *
 * @param start the position of the first item of the page
 * @param size  the page size asked for
 */
public record OffsetPage(int start, int size) {

    /**
     * The page after a cursor.
     *
     * @param kind        the list and ordering the cursor must belong to
     * @param first       page size
     * @param after       cursor of the last item of the previous page, or null for the first page
     * @throws IllegalArgumentException on a bad page size or a cursor of another list
     */
    public static OffsetPage of(String kind, int first, String after) {
        int size = Cursors.pageSize(first);
        String key = Cursors.decode(kind, after);
        if (key == null) {
            return new OffsetPage(0, size);
        }
        int position;
        try {
            position = Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cursor '" + after + "' is not a cursor of this list");
        }
        if (position < 0) {
            throw new IllegalArgumentException("cursor '" + after + "' is not a cursor of this list");
        }
        return new OffsetPage(position + 1, size);
    }

    /**
     * This page of a list of {@code total} items.
     *
     * @param itemAt the item at a position of the whole list
     */
    public <T> Connection<T> of(String kind, int total, IntFunction<T> itemAt) {
        int end = (int) Math.min((long) start + size, total);
        List<Connection.Edge<T>> edges = new ArrayList<>(Math.max(0, end - start));
        for (int i = start; i < end; i++) {
            edges.add(new Connection.Edge<>(Cursors.encode(kind, Integer.toString(i)), itemAt.apply(i)));
        }
        String first = edges.isEmpty() ? null : edges.get(0).cursor();
        String last = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(List.copyOf(edges), new Connection.PageInfo(start > 0, end < total, first, last), total);
    }
}
