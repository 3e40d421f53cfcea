package io.kaonet.demo;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.GeoLocation;
import io.kaonet.demo.ClusterPlan.Role;
import java.time.LocalDate;
import java.util.List;

/** An actor while the network is being generated: its attributes plus the generator's bookkeeping. */
final class ActorDraft {

    /** How a member firm takes part in the tie network. */
    enum Pattern {
        /** Open to any tie. */
        NORMAL,
        /** Never tied (the isolated firms the analyses must find). */
        ISOLATED,
        /** Exactly one tie. */
        PENDANT,
        /** Tied only to one or two banks. */
        BANK_ONLY
    }

    final String id;
    final String name;
    final ActorKind kind;
    final Industry industry;
    final String industryLabel;
    final Place place;
    final double latitude;
    final double longitude;
    final Integer founded;
    final Integer employees;
    final Boolean sme;
    final List<String> technologies;
    final List<String> offers;
    final List<String> seeks;
    /** The cluster the actor is a member of, or null. */
    final String clusterId;
    /** Bank, venture capital or public finance, for financiers; null otherwise. */
    final String subtype;
    final Role role;
    /** Preferential-attachment fitness: how attractive the actor is as a partner. */
    final double fitness;
    /** First day the actor can be tied: membership start or founding. */
    final LocalDate entry;
    /** Last day of membership, or null. */
    final LocalDate exit;
    /** Whether the firm is a spin-off founded in a calibrated window (its ties are made explicitly). */
    final boolean venture;

    Pattern pattern = Pattern.NORMAL;
    /** Whether an isolated firm still attends exchange meetings and seminars. */
    boolean attendsEvents = true;
    int degree;
    int participations;

    ActorDraft(String id, String name, ActorKind kind, Industry industry, String industryLabel, Place place,
               double latitude, double longitude, Integer founded, Integer employees, Boolean sme,
               List<String> technologies, List<String> offers, List<String> seeks, String clusterId,
               String subtype, Role role, double fitness, LocalDate entry, LocalDate exit, boolean venture) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.industry = industry;
        this.industryLabel = industryLabel;
        this.place = place;
        this.latitude = latitude;
        this.longitude = longitude;
        this.founded = founded;
        this.employees = employees;
        this.sme = sme;
        this.technologies = List.copyOf(technologies);
        this.offers = List.copyOf(offers);
        this.seeks = List.copyOf(seeks);
        this.clusterId = clusterId;
        this.subtype = subtype;
        this.role = role;
        this.fitness = fitness;
        this.entry = entry;
        this.exit = exit;
        this.venture = venture;
    }

    /** Whether the engine may give this actor ties in the given year. */
    boolean openIn(int year) {
        return pattern == Pattern.NORMAL && entry.getYear() <= year && (exit == null || exit.getYear() >= year);
    }

    /** The last day on which a tie of this actor may start. */
    LocalDate lastTieDay() {
        return exit == null ? Calibration.LAST_DAY : exit;
    }

    boolean isFirm() {
        return kind == ActorKind.COMPANY;
    }

    Actor toActor() {
        return new Actor(id, name, kind, industryLabel, place.region(), place.city(), place.country(),
                new GeoLocation(latitude, longitude), founded, employees, sme, technologies, offers, seeks);
    }

    @Override
    public String toString() {
        return id;
    }
}
