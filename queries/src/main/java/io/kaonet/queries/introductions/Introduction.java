package io.kaonet.queries.introductions;

import io.kaonet.core.model.TieKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One entry of the introduction log: a coordinator introduced two actors on a day, and what came of it.
 *
 * <p>Introductions recorded through {@link IntroductionLog} carry their coordinator and, once
 * recorded, their outcome. Introductions imported as plain {@code INTRODUCTION} ties (the demo
 * network, CSV files) carry neither: the coordinator is then inferred as a coordinator who
 * coordinated both actors by that day, and the outcome as the first collaboration tie between them
 * that starts on or after it; the {@code …Inferred} flags say so.
 *
 * @param id                  the introduction's id (the key of its {@code INTRODUCTION} tie)
 * @param coordinatorId       who made the introduction; null when it is neither recorded nor inferable
 * @param coordinatorName     the coordinator's name, or null
 * @param coordinatorInferred whether the coordinator was inferred rather than recorded
 * @param firstId             one actor introduced (the lower id)
 * @param firstName           its name
 * @param secondId            the other actor
 * @param secondName          its name
 * @param date                the day of the introduction, or null when unknown
 * @param status              open, a collaboration, or none
 * @param outcomeKind         the kind of collaboration, or null
 * @param outcomeDate         the day the outcome was reached, or null while open
 * @param outcomeInferred     whether the outcome was read from the ties rather than recorded
 * @param note                the coordinator's note, or null
 */
public record Introduction(String id, String coordinatorId, String coordinatorName, boolean coordinatorInferred,
                           String firstId, String firstName, String secondId, String secondName, LocalDate date,
                           Status status, TieKind outcomeKind, LocalDate outcomeDate, boolean outcomeInferred,
                           String note) {

    /** @throws NullPointerException if id, an actor id or the status is null */
    public Introduction {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(firstId, "firstId must not be null");
        Objects.requireNonNull(secondId, "secondId must not be null");
        Objects.requireNonNull(status, "status must not be null");
    }

    /** Days from the introduction to its outcome, or null while open or when a date is unknown. */
    public Long daysToOutcome() {
        return date == null || outcomeDate == null ? null : ChronoUnit.DAYS.between(date, outcomeDate);
    }

    /** What came of an introduction. */
    public enum Status {
        /** No outcome yet. */
        OPEN,
        /** The two started a collaboration. */
        COLLABORATION,
        /** Recorded as having led to no collaboration. */
        NO_COLLABORATION
    }
}
