package io.kaonet.demo;

import static io.kaonet.core.model.ActorKind.COMPANY;
import static io.kaonet.core.model.ActorKind.COORDINATOR;
import static io.kaonet.core.model.ActorKind.FINANCIER;
import static io.kaonet.core.model.ActorKind.INCUBATOR;
import static io.kaonet.core.model.ActorKind.PROFESSIONAL;
import static io.kaonet.core.model.ActorKind.RESEARCH_INSTITUTE;
import static io.kaonet.core.model.ActorKind.SUPPORT_ORGANIZATION;
import static io.kaonet.core.model.ActorKind.TLO;
import static io.kaonet.core.model.ActorKind.TRADING_FIRM;
import static io.kaonet.core.model.ActorKind.UNIVERSITY;

import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.TieKind;
import io.kaonet.demo.ActorDraft.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * Grows each Japanese cluster's tie network year by year from 2001 to 2020 by preferential
 * attachment: a new tie picks its ends with probability proportional to (degree + 1) × fitness, so
 * degrees become heavy-tailed. The number of new ties per year rises through the three policy
 * phases; the kind of each tie follows the cluster type's mix; firm–firm ties prefer the same
 * industry and prefecture (with a share crossing both: the "new fusion"); a small and growing share
 * of ties reaches into another cluster. Coordinators introduce pairs of the actors they coordinate,
 * and a share of introductions turns into a collaboration tie.
 *
 * <p>Finally the firms set aside as pendants or bank-only receive their one or two ties.
 */
final class NetworkGrowth {

    /** Ties per year grow linearly by this fraction of the 2001 rate each year. */
    static final double YEARLY_GROWTH = 0.12;
    private static final double INTER_CLUSTER_2001 = 0.02;
    private static final double INTER_CLUSTER_YEARLY = 0.0025;
    private static final int ATTEMPTS = 25;

    private final NetworkDraft net;
    private final Dice dice;

    NetworkGrowth(NetworkDraft net, Dice dice) {
        this.net = net;
        this.dice = dice;
    }

    /** The factor by which a cluster's yearly tie count exceeds its 2001 rate. */
    static double growth(int year) {
        return 1 + YEARLY_GROWTH * (year - 2001);
    }

    void grow() {
        for (int year = Calibration.FIRST_DAY.getYear(); year <= Calibration.LAST_DAY.getYear(); year++) {
            for (ClusterPlan plan : Calibration.JAPANESE) {
                if (year < plan.start().getYear()) {
                    continue;
                }
                double share = year == plan.start().getYear() ? (366 - plan.start().getDayOfYear()) / 365.0 : 1;
                double expected = plan.tiesPerYear() * growth(year) * share;
                int count = (int) Math.round(expected * (0.85 + 0.3 * dice.nextDouble()));
                for (int i = 0; i < count; i++) {
                    addOne(plan, year);
                }
            }
        }
    }

    /** Gives the pendant firms their single tie and the bank-only firms their bank ties. */
    void tieSetAsideFirms() {
        for (ClusterPlan plan : Calibration.JAPANESE) {
            for (ActorDraft firm : net.members(plan.id(), COMPANY, a -> a.pattern == Pattern.PENDANT)) {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    if (pendantTie(plan, firm)) {
                        break;
                    }
                }
            }
            List<ActorDraft> banks = net.members(plan.id(), FINANCIER, a -> "bank".equals(a.subtype));
            for (ActorDraft firm : net.members(plan.id(), COMPANY, a -> a.pattern == Pattern.BANK_ONLY)) {
                int wanted = dice.chance(0.2) ? 2 : 1;
                for (int attempt = 0; attempt < ATTEMPTS && firm.degree < wanted; attempt++) {
                    ActorDraft bank = net.attach(dice, banks, b -> !net.connected(b, firm));
                    net.tie(bank, firm, TieKind.FINANCING,
                            NetworkDraft.sinceFor(dice, firm.entry, Calibration.LAST_DAY, bank, firm), null, 1);
                }
            }
        }
    }

    private boolean pendantTie(ClusterPlan plan, ActorDraft firm) {
        double r = dice.nextDouble();
        ActorDraft partner;
        TieKind kind;
        if (r < 0.4) {
            kind = TieKind.SUPPLY;
            partner = net.attach(dice, net.members(plan.id()), a -> a.kind == COMPANY && a.pattern == Pattern.NORMAL);
        } else if (r < 0.65) {
            kind = TieKind.JOINT_RESEARCH;
            partner = net.attach(dice, net.members(plan.id()), a -> a.kind == UNIVERSITY);
        } else if (r < 0.8) {
            kind = TieKind.ALLIANCE;
            partner = net.attach(dice, net.members(plan.id()), a -> a.kind == COMPANY && a.pattern == Pattern.NORMAL);
        } else {
            kind = TieKind.COORDINATION;
            partner = net.attach(dice, net.members(plan.id()), a -> a.kind == COORDINATOR || a.kind == SUPPORT_ORGANIZATION);
        }
        if (partner == null) {
            return false;
        }
        LocalDate since = NetworkDraft.sinceFor(dice, firm.entry, Calibration.LAST_DAY, partner, firm);
        if (since == null || reserved(firm, partner, kind, since)) {
            return false;
        }
        boolean firmGives = kind == TieKind.SUPPLY && dice.chance(0.5);
        return firmGives
                ? net.tie(firm, partner, kind, since, null, 1) != null
                : net.tie(partner, firm, kind, since, null, 1) != null;
    }

    private void addOne(ClusterPlan plan, int year) {
        EnumMap<TieKind, Double> mix = plan.tieMix();
        List<TieKind> kinds = new ArrayList<>(mix.keySet());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            TieKind kind = dice.pickWeighted(kinds, mix::get);
            if (propose(plan, kind, year)) {
                return;
            }
        }
    }

    private boolean propose(ClusterPlan plan, TieKind kind, int year) {
        ClusterPlan other = partnerCluster(plan, year);
        return switch (kind) {
            case JOINT_RESEARCH -> jointResearch(plan, other, year);
            case TECHNOLOGY_TRANSFER -> {
                ActorKind giver = pickKind(new ActorKind[] {TLO, UNIVERSITY, RESEARCH_INSTITUTE}, 0.5, 0.8);
                ActorDraft source = attach(other, giver, year, a -> true);
                ActorDraft target = attach(plan, COMPANY, year, a -> true);
                yield add(plan, source, target, kind, year, 1);
            }
            case FINANCING -> {
                boolean largeToo = dice.chance(0.1);
                ActorDraft target = attach(plan, COMPANY, year, a -> largeToo || Boolean.TRUE.equals(a.sme));
                boolean young = target != null && target.founded != null && target.founded >= 1995;
                boolean fromVentureCapital = dice.chance(young ? 0.7 : 0.05);
                ActorDraft source = attach(plan, FINANCIER, year, f -> "vc".equals(f.subtype) == fromVentureCapital);
                if (source == null) {
                    source = attach(plan, FINANCIER, year, f -> true);
                }
                yield add(plan, source, target, kind, year, 1);
            }
            case SUPPLY -> {
                double r = dice.nextDouble();
                if (r < 0.85) {
                    ActorDraft supplier = attach(plan, COMPANY, year, a -> true);
                    ActorDraft customer = partnerFirm(plan, other, supplier, 0.6, year);
                    yield add(plan, supplier, customer, kind, year, dice.between(1, 5));
                } else if (r < 0.93) {
                    yield add(plan, attach(plan, COMPANY, year, a -> true), attach(plan, TRADING_FIRM, year, a -> true),
                            kind, year, dice.between(1, 3));
                } else {
                    yield add(plan, attach(plan, PROFESSIONAL, year, a -> true), attach(plan, COMPANY, year, a -> true),
                            kind, year, 1);
                }
            }
            case ALLIANCE -> {
                if (dice.chance(0.88)) {
                    ActorDraft a = attach(plan, COMPANY, year, x -> true);
                    yield add(plan, a, partnerFirm(plan, other, a, 0.4, year), kind, year, 1);
                }
                yield add(plan, attach(plan, COMPANY, year, x -> true), attach(plan, TRADING_FIRM, year, x -> true),
                        kind, year, 1);
            }
            case COORDINATION -> {
                ActorKind giver = pickKind(new ActorKind[] {COORDINATOR, SUPPORT_ORGANIZATION, INCUBATOR}, 0.7, 0.9);
                ActorDraft source = attach(plan, giver, year, a -> true);
                ActorKind takerKind = giver == COORDINATOR && dice.chance(0.15) ? UNIVERSITY : COMPANY;
                // Coordinators seek out SMEs whatever their connections: no preference for degree,
                // which is what makes them brokers between otherwise unconnected firms.
                ActorDraft target = dice.pickWeighted(net.members(other.id()), a -> a.kind == takerKind
                        && a.openIn(year) && !Boolean.FALSE.equals(a.sme) ? a.fitness : 0);
                yield add(plan, source, target, kind, year, giver == COORDINATOR ? dispatches() : 1);
            }
            case INTRODUCTION -> introduction(plan, year);
            default -> false;
        };
    }

    private boolean jointResearch(ClusterPlan plan, ClusterPlan other, int year) {
        double r = dice.nextDouble();
        int weight = dice.chance(0.3) ? dice.between(2, 4) : 1;
        if (r < 0.72) {
            ActorDraft firm = attach(plan, COMPANY, year, a -> true);
            ActorDraft lab = attach(other, dice.chance(0.8) ? UNIVERSITY : RESEARCH_INSTITUTE, year, a -> true);
            return add(plan, lab, firm, TieKind.JOINT_RESEARCH, year, weight);
        }
        if (r < 0.9) {
            ActorDraft a = attach(plan, COMPANY, year, x -> true);
            return add(plan, a, partnerFirm(plan, other, a, 0.5, year), TieKind.JOINT_RESEARCH, year, weight);
        }
        ActorDraft university = attach(plan, UNIVERSITY, year, x -> true);
        ActorDraft partner = attach(other, dice.chance(0.5) ? UNIVERSITY : RESEARCH_INSTITUTE, year, x -> true);
        return add(plan, university, partner, TieKind.JOINT_RESEARCH, year, weight);
    }

    /**
     * A coordinator introduces two of the actors it coordinates who are not yet tied; with the
     * survey's success share the pair starts a collaboration within two years.
     */
    private boolean introduction(ClusterPlan plan, int year) {
        ActorDraft coordinator = attach(plan, COORDINATOR, year, a -> true);
        if (coordinator == null) {
            return false;
        }
        List<TieDraft> coordinated = net.ties.stream()
                .filter(t -> t.kind() == TieKind.COORDINATION && t.source() == coordinator
                        && t.target().openIn(year) && t.since().getYear() <= year)
                .toList();
        if (coordinated.size() < 2) {
            return false;
        }
        List<TieDraft> two = dice.sample(coordinated, 2);
        ActorDraft a = two.get(0).target();
        ActorDraft b = two.get(1).target();
        if (net.connected(a, b) || (a.kind != COMPANY && b.kind != COMPANY)) {
            return false;
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        for (TieDraft t : two) {
            if (t.since().isAfter(from)) {
                from = t.since();
            }
        }
        LocalDate since = NetworkDraft.sinceFor(dice, from, LocalDate.of(year, 12, 31), a, b);
        if (net.tie(a, b, TieKind.INTRODUCTION, since, null, 1) == null) {
            return false;
        }
        if (dice.chance(Calibration.INTRODUCTION_SUCCESS)) {
            LocalDate start = since.plusDays(dice.between(60, 720));
            boolean academic = a.kind.isKnowledgeSource() || b.kind.isKnowledgeSource();
            TieKind outcome = academic ? TieKind.JOINT_RESEARCH : dice.chance(0.4) ? TieKind.ALLIANCE : TieKind.SUPPLY;
            if (!start.isAfter(a.lastTieDay()) && !start.isAfter(b.lastTieDay()) && !reserved(a, b, outcome, start)) {
                net.tie(a, b, outcome, start, until(outcome, start), 1);
            }
        }
        return true;
    }

    private ClusterPlan partnerCluster(ClusterPlan plan, int year) {
        if (!dice.chance(INTER_CLUSTER_2001 + INTER_CLUSTER_YEARLY * (year - 2001))) {
            return plan;
        }
        List<ClusterPlan> others = Calibration.JAPANESE.stream()
                .filter(p -> p != plan && p.start().getYear() <= year).toList();
        ClusterPlan other = dice.pickWeighted(others, ClusterPlan::firmCount);
        return other == null ? plan : other;
    }

    /**
     * The second firm of a firm–firm tie: of the same industry with probability {@code sameIndustry},
     * in the same prefecture with the cluster's locality; falls back to any open firm.
     */
    private ActorDraft partnerFirm(ClusterPlan plan, ClusterPlan other, ActorDraft first, double sameIndustry, int year) {
        if (first == null) {
            return null;
        }
        boolean same = dice.chance(sameIndustry);
        boolean local = other == plan && dice.chance(plan.locality());
        ActorDraft partner = attach(other, COMPANY, year, a -> a != first && (a.industry == first.industry) == same
                && (!local || a.place.region().equals(first.place.region())));
        return partner != null ? partner : attach(other, COMPANY, year, a -> a != first);
    }

    private ActorDraft attach(ClusterPlan plan, ActorKind kind, int year, Predicate<ActorDraft> filter) {
        return net.attach(dice, net.members(plan.id()), a -> a.kind == kind && a.openIn(year) && filter.test(a));
    }

    private boolean add(ClusterPlan plan, ActorDraft source, ActorDraft target, TieKind kind, int year, int weight) {
        if (source == null || target == null || source == target) {
            return false;
        }
        LocalDate since = NetworkDraft.sinceFor(dice, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), source, target);
        if (since == null || reserved(source, target, kind, since)) {
            return false;
        }
        return net.tie(source, target, kind, since, until(kind, since), weight) != null;
    }

    /**
     * Whether a tie would fall into a window whose count is calibrated to a seed figure and made
     * explicitly: TAMA's FY2002 coordination and its alliances up to March 2004.
     */
    static boolean reserved(ActorDraft source, ActorDraft target, TieKind kind, LocalDate since) {
        if (!Calibration.TAMA.id().equals(source.clusterId) && !Calibration.TAMA.id().equals(target.clusterId)) {
            return false;
        }
        if (kind == TieKind.COORDINATION) {
            return !since.isBefore(Calibration.TAMA_DISPATCH_FROM) && !since.isAfter(Calibration.TAMA_DISPATCH_TO);
        }
        if (kind == TieKind.ALLIANCE) {
            return !since.isAfter(Calibration.TAMA_ALLIANCES_TO);
        }
        return false;
    }

    /** When a tie of this kind ends, or null while it lasts: projects end, loans are repaid, some suppliers change. */
    LocalDate until(TieKind kind, LocalDate since) {
        double p;
        int minYears;
        int maxYears;
        switch (kind) {
            case JOINT_RESEARCH -> { p = 0.3; minYears = 1; maxYears = 4; }
            case SUPPLY -> { p = 0.12; minYears = 2; maxYears = 10; }
            case ALLIANCE -> { p = 0.1; minYears = 2; maxYears = 8; }
            case FINANCING -> { p = 0.3; minYears = 3; maxYears = 7; }
            case COORDINATION -> { p = 0.2; minYears = 1; maxYears = 5; }
            case TECHNOLOGY_TRANSFER -> { p = 0.05; minYears = 5; maxYears = 10; }
            default -> { return null; }
        }
        if (!dice.chance(p)) {
            return null;
        }
        LocalDate end = since.plusDays(dice.between(minYears * 365, maxYears * 365));
        return end.isAfter(Calibration.LAST_DAY) ? null : end;
    }

    /** Coordinator dispatches to one actor in a tie: mostly a few, sometimes many. */
    private int dispatches() {
        return (int) Math.max(1, Math.min(30, Math.round(dice.lognormal(3, 0.8))));
    }

    private ActorKind pickKind(ActorKind[] kinds, double first, double second) {
        double r = dice.nextDouble();
        return r < first ? kinds[0] : r < second ? kinds[1] : kinds[2];
    }
}
