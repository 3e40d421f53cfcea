package io.kaonet.demo;

import io.kaonet.core.model.ActivityKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A generated activity and its participants, before ids are assigned. */
final class ActivityDraft {

    /** One actor's part: a role and, for projects and grants, a contribution in million yen. */
    record Part(ActorDraft actor, String role, Double contribution) {
    }

    final String prefix;
    final String code;
    final String name;
    final ActivityKind kind;
    final LocalDate start;
    final LocalDate end;
    final String programme;
    final String fundingScheme;
    final List<Part> parts = new ArrayList<>();

    ActivityDraft(String prefix, String code, String name, ActivityKind kind, LocalDate start, LocalDate end,
                  String programme, String fundingScheme) {
        this.prefix = prefix;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.programme = programme;
        this.fundingScheme = fundingScheme;
    }

    /** Adds a participant unless it already takes part; returns whether it was added. */
    boolean add(ActorDraft actor, String role, Double contribution) {
        if (actor == null || parts.stream().anyMatch(p -> p.actor() == actor)) {
            return false;
        }
        parts.add(new Part(actor, role, contribution));
        actor.participations++;
        return true;
    }
}
