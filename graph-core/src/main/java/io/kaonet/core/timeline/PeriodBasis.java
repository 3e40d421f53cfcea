package io.kaonet.core.timeline;

import io.kaonet.core.model.Period;
import io.kaonet.core.model.Scope;
import java.util.Objects;

/** How the network of a period is read: as it stands on the period's last day, or everything active in it. */
public enum PeriodBasis {

    /**
     * The network as of the period's last day: the ties that exist on that day (started on or before
     * it and not ended before it). The default: a KPI describes the state a period leaves behind.
     */
    AS_OF_END,

    /**
     * Every tie active on any day of the period: ties that started in it, and ties that started
     * earlier and had not ended by its first day. Ties that ended within the period still count.
     */
    WINDOW;

    /**
     * The scope of a period: {@code base} with the period's date or window.
     *
     * @throws IllegalArgumentException if {@code base} already has dates
     */
    public Scope scope(Scope base, Period period) {
        Objects.requireNonNull(base, "base scope must not be null");
        Objects.requireNonNull(period, "period must not be null");
        if (base.asOf() != null || base.from() != null || base.to() != null) {
            throw new IllegalArgumentException("the scope must not carry dates: the periods set them");
        }
        return switch (this) {
            case AS_OF_END -> base.withAsOf(period.end());
            case WINDOW -> base.withWindow(period.start(), period.end());
        };
    }
}
