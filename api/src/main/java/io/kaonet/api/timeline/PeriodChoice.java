package io.kaonet.api.timeline;

/** Which periods a KPI series has. */
public enum PeriodChoice {
    /** Calendar years. */
    YEARS,
    /** The three policy phases. */
    PHASES,
    /** Periods the client gives. */
    CUSTOM
}
