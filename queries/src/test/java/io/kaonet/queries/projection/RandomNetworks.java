package io.kaonet.queries.projection;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.ClusterType;
import io.kaonet.core.model.CoParticipationWeighting;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Scope;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random networks and scopes for the projection tests: actors with and without founding
 * years, regions and countries; dated and undated ties, memberships and activities; scopes that
 * combine clusters, regions, countries, kinds, tie kinds, dates and activities.
 */
final class RandomNetworks {

    static final List<String> REGIONS = List.of("Kanto", "Kansai", "Bavaria", "Ile-de-France");
    static final List<String> COUNTRIES = List.of("JP", "DE", "FR");
    static final List<ActorKind> KINDS = List.of(ActorKind.COMPANY, ActorKind.UNIVERSITY, ActorKind.FINANCIER,
            ActorKind.COORDINATOR, ActorKind.RESEARCH_INSTITUTE);
    static final List<TieKind> TIE_KINDS = List.of(TieKind.JOINT_RESEARCH, TieKind.TECHNOLOGY_TRANSFER,
            TieKind.FINANCING, TieKind.SUPPLY, TieKind.ALLIANCE, TieKind.INTRODUCTION);

    private RandomNetworks() {
    }

    /** A network of {@code actors} actors, about 3 ties per actor, 4 clusters and actors/5 activities. */
    static NetworkBatch network(Random random, int actors, String prefix) {
        List<Actor> as = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            as.add(actor(random, prefix + "a" + i));
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            clusters.add(new Cluster(prefix + "C" + c, "Cluster " + c, REGIONS.get(c), COUNTRIES.get(c % 3),
                    ClusterType.METROPOLITAN, null));
        }
        List<Membership> memberships = new ArrayList<>();
        for (Actor a : as) {
            Set<Integer> in = new HashSet<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                int c = random.nextInt(clusters.size());
                if (in.add(c)) {
                    LocalDate since = maybeDate(random, 0.3);
                    memberships.add(new Membership(a.id(), clusters.get(c).id(), since, until(random, since)));
                }
            }
        }
        List<Tie> ties = new ArrayList<>();
        for (int t = 0; t < actors * 3; t++) {
            int u = random.nextInt(actors);
            int v = random.nextInt(actors);
            if (u != v) {
                LocalDate since = maybeDate(random, 0.2);
                double weight = random.nextInt(3) == 0 ? 0.5 + random.nextInt(6) / 4.0 : 1;
                ties.add(new Tie(prefix + "t" + t, as.get(u).id(), as.get(v).id(),
                        TIE_KINDS.get(random.nextInt(TIE_KINDS.size())), since, until(random, since), weight, "test"));
            }
        }
        List<Activity> activities = new ArrayList<>();
        List<Participation> participations = new ArrayList<>();
        for (int x = 0; x < actors / 5; x++) {
            LocalDate start = maybeDate(random, 0.15);
            Activity activity = new Activity(prefix + "x" + x, "Project " + x, ActivityKind.JOINT_RD_PROJECT, start,
                    until(random, start), null, null);
            activities.add(activity);
            Set<Integer> in = new HashSet<>();
            for (int k = 2 + random.nextInt(5); k > 0; k--) {
                int a = random.nextInt(actors);
                if (in.add(a)) {
                    participations.add(new Participation(activity.id(), as.get(a).id(), null, null));
                }
            }
        }
        return new NetworkBatch(as, ties, clusters, memberships, activities, participations);
    }

    static Actor actor(Random random, String id) {
        ActorKind kind = KINDS.get(random.nextInt(KINDS.size()));
        String region = random.nextInt(6) == 0 ? null : REGIONS.get(random.nextInt(REGIONS.size()));
        String country = random.nextInt(6) == 0 ? null : COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        Integer founded = random.nextInt(3) == 0 ? null : 1990 + random.nextInt(26);
        Boolean sme = random.nextInt(3) == 0 ? null : random.nextBoolean();
        List<String> tech = random.nextBoolean() ? List.of() : List.of("t" + random.nextInt(5), "u" + random.nextInt(5));
        return new Actor(id, "Name of " + id, kind, random.nextBoolean() ? "machinery" : null, region, null, country,
                null, founded, null, sme, tech, List.of(), random.nextBoolean() ? List.of("s" + random.nextInt(3)) : List.of());
    }

    /** A random scope over the network's values (so every value it names is stored). */
    static Scope scope(Random random, NetworkBatch batch) {
        Set<String> clusters = new HashSet<>();
        Set<String> regions = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Set<ActorKind> kinds = new HashSet<>();
        Set<TieKind> tieKinds = new HashSet<>();
        if (random.nextInt(3) == 0) {
            for (int k = 1 + random.nextInt(2); k > 0; k--) {
                clusters.add(batch.clusters().get(random.nextInt(batch.clusters().size())).id());
            }
        }
        if (random.nextInt(4) == 0) {
            regions.add(present(random, batch.actors().stream().map(Actor::region).toList()));
        }
        if (random.nextInt(4) == 0) {
            countries.add(present(random, batch.actors().stream().map(Actor::country).toList()));
        }
        if (random.nextInt(4) == 0) {
            kinds.add(KINDS.get(random.nextInt(KINDS.size())));
            kinds.add(KINDS.get(random.nextInt(KINDS.size())));
        }
        if (random.nextInt(4) == 0) {
            tieKinds.add(TIE_KINDS.get(random.nextInt(TIE_KINDS.size())));
        }
        LocalDate asOf = null;
        LocalDate from = null;
        LocalDate to = null;
        switch (random.nextInt(5)) {
            case 0 -> asOf = date(random);
            case 1 -> {
                from = date(random);
                to = from.plusDays(random.nextInt(2000));
            }
            case 2 -> from = date(random);
            case 3 -> to = date(random);
            default -> { }
        }
        return new Scope(clusters, regions, countries, kinds, tieKinds, asOf, from, to, random.nextBoolean(),
                random.nextBoolean() ? CoParticipationWeighting.NEWMAN : CoParticipationWeighting.COUNT);
    }

    private static String present(Random random, List<String> values) {
        List<String> known = values.stream().filter(java.util.Objects::nonNull).toList();
        return known.get(random.nextInt(known.size()));
    }

    static LocalDate date(Random random) {
        return LocalDate.of(1992, 1, 1).plusDays(random.nextInt(24 * 365));
    }

    private static LocalDate maybeDate(Random random, double nullShare) {
        return random.nextDouble() < nullShare ? null : date(random);
    }

    private static LocalDate until(Random random, LocalDate since) {
        if (random.nextInt(3) > 0) {
            return null;
        }
        return (since == null ? date(random) : since).plusDays(random.nextInt(3000));
    }
}
