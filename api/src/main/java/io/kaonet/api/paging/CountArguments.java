package io.kaonet.api.paging;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

/**
 * The arguments of a short list whose length the caller chooses ({@code connects(first: 10)},
 * {@code pairs(first: 10)}), bound as one record. The default is the schema's; an explicit null is
 * refused. The range differs per list, so the field checks it.
 *
 * @param first how many items at most
 */
public record CountArguments(Integer first) {

    public CountArguments {
        requireGiven("first", first);
    }
}
