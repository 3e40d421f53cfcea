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

    /**
     * The page of a list held whole (read from the store for the request) after an item named by its
     * id: the cursor encodes the id, so a page stays right when items are added before it.
     *
     * @param kind        the list the cursors belong to (see {@link Cursors})
     * @param id          an item's id
     * @param first       page size, or null for the default
     * @param after       cursor of the last item of the previous page, or null for the first page
     * @param defaultSize page size when none is given
     * @param what        what an item is, for the refusal of a cursor naming one no longer listed
     * @throws IllegalArgumentException on a bad page size, a cursor of another list, or one naming an item no longer listed
     */
    public static <T> Connection<T> afterId(List<T> all, String kind, Function<T, String> id, int first, String after,
                                            String what) {
        int size = Cursors.pageSize(first);
        String afterId = Cursors.decode(kind, after);
        int start = 0;
        if (afterId != null) {
            start = -1;
            for (int i = 0; i < all.size() && start < 0; i++) {
                if (id.apply(all.get(i)).equals(afterId)) {
                    start = i + 1;
                }
            }
            if (start < 0) {
                throw new IllegalArgumentException("cursor '" + after + "' names " + what + " no longer listed");
            }
        }
        List<T> page = all.subList(Math.min(start, all.size()), Math.min(start + size, all.size()));
        return of(page, item -> Cursors.encode(kind, id.apply(item)), start > 0, start + size < all.size(), all.size());
    }

    /** One item and its cursor. */
    public record Edge<T>(String cursor, T node) {
    }

    /** Relay page info. */
    public record PageInfo(boolean hasPreviousPage, boolean hasNextPage, String startCursor, String endCursor) {
    }
}
