package io.kaonet.core.graph;

import io.kaonet.core.model.TieKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of tie kinds packed in a mask: the kinds of the ties merged into one edge.
 *
 * @param mask bit {@code k.ordinal()} set for each kind {@code k}
 */
public record TieKinds(int mask) {

    /** Whether the set holds this kind. */
    public boolean contains(TieKind kind) {
        return (mask & kind.bit()) != 0;
    }

    /** The kinds in declaration order. */
    public List<TieKind> asList() {
        List<TieKind> out = new ArrayList<>();
        for (TieKind k : TieKind.values()) {
            if (contains(k)) {
                out.add(k);
            }
        }
        return out;
    }
}
