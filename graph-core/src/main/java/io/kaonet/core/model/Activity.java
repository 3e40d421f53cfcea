package io.kaonet.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A joint R&amp;D project, consortium, grant, exchange meeting, seminar or business-matching event.
 *
 * @param id            stable external id, the merge key
 * @param name          display name
 * @param kind          what sort of activity
 * @param start         first day, or null when unknown
 * @param end           last day, or null when open or unknown
 * @param programme     funding programme, or null
 * @param fundingScheme funding scheme, or null
 */
public record Activity(String id, String name, ActivityKind kind, LocalDate start, LocalDate end,
                       String programme, String fundingScheme) {

    /** @throws IllegalArgumentException on a blank id or name, or dates out of order */
    public Activity {
        Actor.requireText(id, "activity id");
        Actor.requireText(name, "activity name");
        Objects.requireNonNull(kind, "activity kind must not be null");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("activity end " + end + " must not be before start " + start);
        }
    }
}
