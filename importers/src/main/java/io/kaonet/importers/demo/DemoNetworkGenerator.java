package io.kaonet.importers.demo;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import io.kaonet.importers.demo.ActorDraft.Pattern;
import io.kaonet.importers.demo.Calibration.Bloc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Generates Kaonet's demo network: a realistic, clearly labelled SYNTHETIC network of regional
 * industrial clusters, calibrated to the published figures of METI's Industrial Cluster Project
 * (TAMA, Hokkaido, Kinki Bio, with Hamamatsu, Shikoku and overseas partners in Veneto, Pittsburgh,
 * Berlin and Korea). Every actor name ends in "(synthetic)" and every cluster description begins
 * with "SYNTHETIC demo data"; nothing in it describes a real organisation's ties.
 *
 * <p>How it is built, in order, each stage with its own seeded random stream:
 * <ol>
 *   <li>actors of every cluster, with the counts per kind of the seed figures, industries with
 *       complementary offer/seek keywords, places around the real cities, founding years, head
 *       counts and a heavy-tailed (Pareto) fitness;</li>
 *   <li>a share of member SMEs set aside as isolated, pendant or bank-only firms;</li>
 *   <li>the calibrated flows (TAMA's 289 coordinator dispatches to 55 firms in FY2002 and 42
 *       alliances by March 2004, Hokkaido's 29 university spin-offs and Kinki's 15 bio-ventures of
 *       2001–2004, Kinki's 130 joint R&amp;D projects, the inter-cluster and international links);</li>
 *   <li>year-by-year growth from 2001 to 2020 by preferential attachment with per-cluster structure
 *       (kind mix by cluster type, industry and prefecture preference, a growing inter-cluster
 *       share, coordinator introductions), more ties per year in each policy phase;</li>
 *   <li>activities: later joint R&amp;D projects, yearly events, grants and the named consortia.</li>
 * </ol>
 *
 * <p>Deterministic: the same {@link Parameters} give the same records and byte-identical
 * files on every JVM ({@link java.util.Random} is specified; no hash order is ever iterated).
 *
 * <p>Size and cost: about 1,300 actors, 5,300 ties, 700 activities and 5,400 participations.
 * Each new tie scans the members of its cluster once, so generation is O(T · C) for T ties and
 * clusters of at most C members (well under a second). The calibration, the seed documents it
 * comes from and the resulting counts are in {@code docs/demo-network.md}.
 *
 * <p>References: preferential attachment after Barabási &amp; Albert, "Emergence of scaling in
 * random networks", Science 286 (1999); with node fitness after Bianconi &amp; Barabási,
 * "Competition and multiscaling in evolving networks", Europhys. Lett. 54 (2001), and a sublinear
 * degree exponent (Krapivsky, Redner &amp; Leyvraz, Phys. Rev. Lett. 85, 2000) so that single
 * SMEs do not collect hundreds of partners.
 */
public final class DemoNetworkGenerator {

    private final Parameters parameters;

    /**
     * @param parameters seed and set-aside shares
     * @throws NullPointerException if {@code parameters} is null
     */
    public DemoNetworkGenerator(Parameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
    }

    /** Generates the network in memory. */
    public GeneratedNetwork generate() {
        long seed = parameters.seed();
        NetworkDraft net = new NetworkDraft();
        ActorFactory factory = new ActorFactory(new Dice(seed, 1));
        for (ClusterPlan plan : Calibration.JAPANESE) {
            factory.members(plan).forEach(net::add);
        }
        for (Bloc bloc : Calibration.BLOCS) {
            factory.members(bloc).forEach(net::add);
        }
        setAsideFirms(net, new Dice(seed, 2));
        new CalibratedFlows(net, new Dice(seed, 3)).makeAll();
        NetworkGrowth growth = new NetworkGrowth(net, new Dice(seed, 4));
        growth.grow();
        growth.tieSetAsideFirms();
        new ActivityPlanner(net, new Dice(seed, 5)).planAll();
        NetworkBatch batch = assemble(net);
        return new GeneratedNetwork(parameters, batch, DemoNetworkSummary.of(batch));
    }

    /**
     * Generates the network and writes it as Kaonet CSV into {@code folder}.
     *
     * @param folder the folder to write into; created if missing
     * @return the generated network
     * @throws IOException if the files cannot be written
     */
    public GeneratedNetwork writeTo(Path folder) throws IOException {
        GeneratedNetwork network = generate();
        network.writeTo(folder);
        return network;
    }

    /**
     * Writes the demo network to the folder given as first argument, with the seed given as optional
     * second argument, and prints its counts.
     *
     * @param args {@code <folder> [seed]}
     * @throws IOException if the files cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: DemoNetworkGenerator <folder> [seed]   (default seed "
                    + Parameters.DEFAULT_SEED + ")");
            System.exit(2);
            return;
        }
        long seed;
        try {
            seed = args.length == 2 ? Long.parseLong(args[1]) : Parameters.DEFAULT_SEED;
        } catch (NumberFormatException e) {
            System.err.println("seed must be a whole number, was '" + args[1] + "'");
            System.exit(2);
            return;
        }
        Path folder = Path.of(args[0]);
        GeneratedNetwork network = new DemoNetworkGenerator(Parameters.withSeed(seed)).writeTo(folder);
        System.out.println("SYNTHETIC demo network (seed " + seed + ") written to " + folder);
        System.out.print(network.summary().describe());
    }

    private void setAsideFirms(NetworkDraft net, Dice dice) {
        for (ClusterPlan plan : Calibration.JAPANESE) {
            List<ActorDraft> candidates = net.members(plan.id(), ActorKind.COMPANY,
                    a -> Boolean.TRUE.equals(a.sme) && !a.venture);
            int isolated = (int) Math.round(parameters.isolatedFirmShare() * plan.firmCount());
            int pendant = (int) Math.round(parameters.pendantFirmShare() * plan.firmCount());
            int bankOnly = (int) Math.round(parameters.bankOnlyFirmShare() * plan.firmCount());
            List<ActorDraft> chosen = dice.sample(candidates, isolated + pendant + bankOnly);
            for (int i = 0; i < chosen.size(); i++) {
                ActorDraft firm = chosen.get(i);
                if (i < isolated) {
                    firm.pattern = Pattern.ISOLATED;
                    firm.attendsEvents = dice.chance(1.0 / 3);
                } else if (i < isolated + pendant) {
                    firm.pattern = Pattern.PENDANT;
                } else {
                    firm.pattern = Pattern.BANK_ONLY;
                }
            }
        }
    }

    private NetworkBatch assemble(NetworkDraft net) {
        List<Cluster> clusters = new ArrayList<>();
        for (ClusterPlan plan : Calibration.JAPANESE) {
            clusters.add(new Cluster(plan.id(), plan.name(), plan.region(), "JP", plan.type(), plan.description()));
        }
        for (Bloc bloc : Calibration.BLOCS) {
            if (bloc.cluster() != null) {
                clusters.add(bloc.cluster());
            }
        }

        List<Membership> memberships = new ArrayList<>();
        for (ActorDraft a : net.actors) {
            if (a.clusterId != null) {
                memberships.add(new Membership(a.id, a.clusterId, a.entry, a.exit));
            }
        }

        List<TieDraft> tieDrafts = new ArrayList<>(net.ties);
        tieDrafts.sort(Comparator.comparing(TieDraft::since)
                .thenComparing(t -> t.source().id)
                .thenComparing(t -> t.target().id)
                .thenComparing(TieDraft::kind));
        String provenance = "Kaonet demo network generator, seed " + parameters.seed();
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < tieDrafts.size(); i++) {
            TieDraft t = tieDrafts.get(i);
            ties.add(new Tie(String.format(Locale.ROOT, "tie-%05d", i + 1), t.source().id, t.target().id, t.kind(),
                    t.since(), t.until(), t.weight(), provenance));
        }

        List<ActivityDraft> activityDrafts = new ArrayList<>(net.activities);
        activityDrafts.sort(Comparator.comparing((ActivityDraft a) -> a.start));
        Map<String, Integer> counters = new HashMap<>();
        List<Activity> activities = new ArrayList<>();
        List<Participation> participations = new ArrayList<>();
        for (ActivityDraft a : activityDrafts) {
            String series = a.prefix + "-" + a.code;
            int number = counters.merge(series, 1, Integer::sum);
            String id = String.format(Locale.ROOT, "%s-%03d", series, number);
            activities.add(new Activity(id, a.name, a.kind, a.start, a.end, a.programme, a.fundingScheme));
            for (ActivityDraft.Part p : a.parts) {
                participations.add(new Participation(id, p.actor().id, p.role(), p.contribution()));
            }
        }

        return new NetworkBatch(net.actors.stream().map(ActorDraft::toActor).map(JapaneseNames::apply).toList(), ties,
                clusters, memberships, activities, participations);
    }

    /**
     * Settings of the {@link DemoNetworkGenerator}. The same parameters always give the same network,
     * byte for byte.
     *
     * <p>Besides the firms that the growth process happens to leave alone, a share of the member SMEs of
     * each Japanese cluster is set aside: isolated firms (no tie at all), pendant firms (exactly one
     * tie) and bank-only firms (tied to one or two banks and nothing else), so that the isolated-firm
     * analyses have real cases to find.
     *
     * @param seed              seed of every random choice
     * @param isolatedFirmShare share of member firms with no tie, from 0 to {@value #MAX_SHARE}
     * @param pendantFirmShare  share of member firms with exactly one tie, from 0 to {@value #MAX_SHARE}
     * @param bankOnlyFirmShare share of member firms tied only to banks, from 0 to {@value #MAX_SHARE}
     */
    public record Parameters(long seed, double isolatedFirmShare, double pendantFirmShare,
                                        double bankOnlyFirmShare) {

        /** The seed of the demo network shipped with Kaonet: the day the Industrial Cluster Project began. */
        public static final long DEFAULT_SEED = 20010401L;
        public static final double DEFAULT_ISOLATED_FIRM_SHARE = 0.10;
        public static final double DEFAULT_PENDANT_FIRM_SHARE = 0.06;
        public static final double DEFAULT_BANK_ONLY_FIRM_SHARE = 0.04;
        /** The largest share of each set-aside group. */
        public static final double MAX_SHARE = 0.3;

        /**
         * @throws IllegalArgumentException if a share is not within [0, {@value #MAX_SHARE}]
         */
        public Parameters {
            requireShare(isolatedFirmShare, "isolated firm share");
            requireShare(pendantFirmShare, "pendant firm share");
            requireShare(bankOnlyFirmShare, "bank-only firm share");
        }

        /** The parameters of the shipped demo network. */
        public static Parameters defaults() {
            return withSeed(DEFAULT_SEED);
        }

        /** The default shares with another seed. */
        public static Parameters withSeed(long seed) {
            return new Parameters(seed, DEFAULT_ISOLATED_FIRM_SHARE, DEFAULT_PENDANT_FIRM_SHARE,
                    DEFAULT_BANK_ONLY_FIRM_SHARE);
        }

        private static void requireShare(double share, String what) {
            if (!(share >= 0 && share <= MAX_SHARE)) {
                throw new IllegalArgumentException(what + " must be within [0, " + MAX_SHARE + "], was " + share);
            }
        }
    }
}
