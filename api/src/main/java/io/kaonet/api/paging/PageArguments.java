package io.kaonet.api.paging;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

/**
 * The arguments of a connection field that takes nothing but a page ({@code first}, {@code after}),
 * bound as one record. The page size's default is the schema's; an explicit null is refused.
 *
 * @param first page size, 1 to {@link Cursors#MAX_PAGE_SIZE}
 * @param after cursor of the previous page's last item, or null for the first page
 */
public record PageArguments(Integer first, String after) {

    public PageArguments {
        requireGiven("first", first);
        Cursors.pageSize(first);
    }
}
