package io.kaonet.api.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection: one page of a list with cursors, page info and the total count.
 *
 * @param edges      the items of this page with their cursors
 * @param pageInfo   where this page sits
 * @param totalCount how many items the whole list holds
 * @param <T>        the item type
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    /**
     * A page from items and a function giving each item's cursor.
     *
     * @param hasPrevious whether items precede this page
     * @param hasNext     whether items follow this page
     */
    public static <T> Connection<T> of(List<T> items, Function<T, String> cursor, boolean hasPrevious, boolean hasNext,
                                       long totalCount) {
        List<Edge<T>> edges = new ArrayList<>(items.size());
        for (T item : items) {
            edges.add(new Edge<>(cursor.apply(item), item));
        }
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(List.copyOf(edges), new PageInfo(hasPrevious, hasNext, start, end), totalCount);
    }

    /** One item and its cursor. */
    public record Edge<T>(String cursor, T node) {
    }

    /** Relay page info. */
    public record PageInfo(boolean hasPreviousPage, boolean hasNextPage, String startCursor, String endCursor) {
    }
}
