package io.kaonet.core.matchmaking;

import io.kaonet.core.model.ActorKind;
import java.util.Objects;

/**
 * An actor named in a suggestion: the actor, a candidate, a shared partner or an introducer.
 *
 * @param node the node index in the graph the suggestion was made on
 * @param id   the actor's external id
 * @param name the display name
 * @param kind the actor's kind
 */
public record Contact(int node, String id, String name, ActorKind kind) {

    /** @throws NullPointerException if id, name or kind is null */
    public Contact {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
    }
}
