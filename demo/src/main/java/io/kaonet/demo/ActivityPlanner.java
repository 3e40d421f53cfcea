package io.kaonet.demo;

import static io.kaonet.core.model.ActorKind.COMPANY;
import static io.kaonet.core.model.ActorKind.COORDINATOR;
import static io.kaonet.core.model.ActorKind.GOVERNMENT;
import static io.kaonet.core.model.ActorKind.RESEARCH_INSTITUTE;
import static io.kaonet.core.model.ActorKind.SUPPORT_ORGANIZATION;
import static io.kaonet.core.model.ActorKind.UNIVERSITY;

import io.kaonet.core.model.ActivityKind;
import io.kaonet.demo.ActorDraft.Pattern;
import io.kaonet.demo.ClusterPlan.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The two-mode side of the network: joint R&amp;D projects after the calibrated ones, exchange
 * meetings, seminars and business-matching events of every cluster each year, public grants, and
 * the named consortia and events of the seed documents (the national cluster forum, the TAMA–Veneto
 * business exchange, the TAMA–Korea joint ordering organisation, the BIO 2005 booth, the Kobe
 * translational research consortium, the regenerative-medicine exchange, Hamamatsu's research groups).
 */
final class ActivityPlanner {

    private static final String PROGRAMME = "Industrial Cluster Project";

    private final NetworkDraft net;
    private final Dice dice;

    ActivityPlanner(NetworkDraft net, Dice dice) {
        this.net = net;
        this.dice = dice;
    }

    void planAll() {
        for (ClusterPlan plan : Calibration.JAPANESE) {
            researchProjects(plan);
            events(plan);
            grants(plan);
        }
        namedActivities();
    }

    /** Joint R&amp;D projects funded by the scheme of each phase; Kinki's start after its 130 calibrated ones. */
    private void researchProjects(ClusterPlan plan) {
        int firstYear = plan == Calibration.KINKI ? Calibration.SPIN_OFF_TO.getYear() : plan.start().getYear();
        double perYear = plan.firmCount() / 80.0;
        for (int year = firstYear; year <= Calibration.LAST_DAY.getYear(); year++) {
            LocalDate from = plan == Calibration.KINKI && year == firstYear
                    ? Calibration.SPIN_OFF_TO.plusDays(1) : later(LocalDate.of(year, 1, 1), plan.start());
            int count = (int) Math.round(perYear * NetworkGrowth.growth(year) * 0.5 * (0.7 + 0.6 * dice.nextDouble()));
            for (int i = 0; i < count; i++) {
                LocalDate start = dice.date(from, LocalDate.of(year, 12, 31));
                List<ActorDraft> labs = present(plan, start, a -> a.kind == UNIVERSITY || a.kind == RESEARCH_INSTITUTE);
                List<ActorDraft> firms = present(plan, start, a -> a.kind == COMPANY && a.pattern == Pattern.NORMAL);
                ActorDraft lead = weighted(labs);
                ActorDraft leadFirm = weighted(firms);
                if (lead == null || leadFirm == null) {
                    continue;
                }
                LocalDate end = start.plusYears(dice.between(1, 3)).minusDays(1);
                ActivityDraft project = new ActivityDraft(plan.prefix(), "rd",
                        "Joint R&D on " + dice.pick(leadFirm.technologies) + ", " + shortName(plan) + " " + year
                                + Calibration.SYNTHETIC,
                        ActivityKind.JOINT_RD_PROJECT, start, end.isAfter(Calibration.LAST_DAY) ? null : end,
                        PROGRAMME, scheme(year));
                project.add(lead, "coordinator", money(25, 0.6));
                project.add(leadFirm, "participant", money(5, 0.7));
                for (int k = dice.between(0, 3); k > 0; k--) {
                    project.add(weighted(firms), "participant", money(5, 0.7));
                }
                if (dice.chance(0.25)) {
                    project.add(weighted(labs), "participant", money(8, 0.6));
                }
                net.activities.add(project);
            }
        }
    }

    /** Each year an exchange meeting, usually a seminar and, from 2003, often a business-matching fair. */
    private void events(ClusterPlan plan) {
        List<ActorDraft> organisers = net.members(plan.id(), SUPPORT_ORGANIZATION, a -> a.role == Role.PROMOTION_BODY);
        List<String> cities = plan.places().stream().map(Place::city).distinct().toList();
        for (int year = plan.start().getYear(); year <= Calibration.LAST_DAY.getYear(); year++) {
            LocalDate from = later(LocalDate.of(year, 1, 1), plan.start());
            LocalDate to = LocalDate.of(year, 12, 31);
            String meeting = plan == Calibration.TAMA
                    ? "Mini-TAMA council meeting, " + dice.pick(cities) + " " + year
                    : shortName(plan) + " exchange meeting " + year;
            event(plan, organisers, ActivityKind.EXCHANGE_MEETING, meeting, dice.date(from, to), 10, 25);
            if (dice.chance(0.7)) {
                ActorDraft topicSource = weighted(net.members(plan.id(), COMPANY, a -> true));
                event(plan, organisers, ActivityKind.SEMINAR,
                        shortName(plan) + " seminar on " + dice.pick(topicSource.technologies) + " " + year,
                        dice.date(from, to), 8, 20);
            }
            if (year >= 2003 && dice.chance(0.5)) {
                event(plan, organisers, ActivityKind.BUSINESS_MATCHING,
                        shortName(plan) + " business matching fair " + year, dice.date(from, to), 10, 25);
            }
        }
    }

    private void event(ClusterPlan plan, List<ActorDraft> organisers, ActivityKind kind, String name, LocalDate day,
                       int min, int max) {
        ActivityDraft event = new ActivityDraft(plan.prefix(), code(kind), name + Calibration.SYNTHETIC, kind, day, day,
                PROGRAMME, null);
        event.add(dice.pick(organisers), "organiser", null);
        List<ActorDraft> guests = present(plan, day, a -> a.pattern != Pattern.ISOLATED || a.attendsEvents);
        for (ActorDraft guest : dice.sampleWeighted(guests, dice.between(min, max), a -> Math.sqrt(a.fitness))) {
            event.add(guest, guest.kind == COORDINATOR ? "speaker" : "participant", null);
        }
        net.activities.add(event);
    }

    /** Grants of the New Collaboration Business Support kind from 2005, funded by the bureau or a local government. */
    private void grants(ClusterPlan plan) {
        List<ActorDraft> funders = net.members(plan.id(), GOVERNMENT, a -> a.role == Role.BUREAU);
        if (funders.isEmpty()) {
            funders = net.members(plan.id(), GOVERNMENT, a -> true);
        }
        if (plan == Calibration.TAMA) {
            for (int i = 0; i < 5; i++) {
                grant(plan, funders.get(0), dice.date(LocalDate.of(2001, 4, 1), LocalDate.of(2003, 3, 31)),
                        "Technology development with public assistance", "Regional New Business Creation Subsidy");
            }
        }
        for (int year = 2005; year <= Calibration.LAST_DAY.getYear(); year++) {
            int count = year <= 2010 ? dice.between(1, 3) : dice.between(0, 2);
            for (int i = 0; i < count; i++) {
                grant(plan, dice.pick(funders), dice.date(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
                        "New collaboration business", "New Collaboration Business Support");
            }
        }
    }

    private void grant(ClusterPlan plan, ActorDraft funder, LocalDate start, String title, String scheme) {
        List<ActorDraft> firms = present(plan, start, a -> a.kind == COMPANY && a.pattern == Pattern.NORMAL);
        ActorDraft first = weighted(firms);
        if (first == null) {
            return;
        }
        ActivityDraft grant = new ActivityDraft(plan.prefix(), "gr",
                title + ": " + dice.pick(first.offers) + ", " + shortName(plan) + " " + start.getYear()
                        + Calibration.SYNTHETIC,
                ActivityKind.GRANT, start, start.plusYears(2).minusDays(1), PROGRAMME, scheme);
        grant.add(funder, "funder", money(20, 0.5));
        grant.add(first, "grantee", null);
        for (int k = dice.between(1, 2); k > 0; k--) {
            grant.add(weighted(firms), "grantee", null);
        }
        net.activities.add(grant);
    }

    private void namedActivities() {
        ActorDraft agency = net.actor("nat-so-01");
        ActorDraft office = net.actor("nat-gov-01");

        ActivityDraft forum = new ActivityDraft("nat", "ev", "National Cluster Forum 2004" + Calibration.SYNTHETIC,
                ActivityKind.EXCHANGE_MEETING, LocalDate.of(2004, 9, 15), LocalDate.of(2004, 9, 16), PROGRAMME, null);
        forum.add(office, "organiser", null);
        forum.add(net.actor("nat-ri-01"), "speaker", null);
        forum.add(agency, "participant", null);
        for (ClusterPlan plan : Calibration.JAPANESE) {
            if (plan.start().isAfter(forum.start)) {
                continue;
            }
            net.members(plan.id(), SUPPORT_ORGANIZATION, a -> a.role == Role.PROMOTION_BODY)
                    .forEach(b -> forum.add(b, "participant", null));
            net.members(plan.id(), COORDINATOR, a -> true).stream().limit(2).forEach(c -> forum.add(c, "speaker", null));
            forum.add(topBy(net.members(plan.id(), UNIVERSITY, a -> true)), "participant", null);
        }
        net.activities.add(forum);

        ActivityDraft exchange = new ActivityDraft("tama", "bm", "TAMA-Veneto business exchange programme"
                + Calibration.SYNTHETIC, ActivityKind.BUSINESS_MATCHING, LocalDate.of(2004, 11, 8),
                LocalDate.of(2004, 11, 12), "JETRO local-to-local exchange", null);
        exchange.add(agency, "organiser", null);
        exchange.add(net.actor("tama-so-01"), "participant", null);
        exchange.add(net.actor("ven-so-01"), "participant", null);
        net.members("VENETO", COMPANY, a -> true).stream().limit(4).forEach(f -> exchange.add(f, "participant", null));
        dice.sampleWeighted(net.members(Calibration.TAMA.id(), COMPANY, a -> a.pattern == Pattern.NORMAL
                && a.industry == Industry.PRECISION_MACHINERY), 6, a -> a.fitness)
                .forEach(f -> exchange.add(f, "participant", null));
        net.activities.add(exchange);

        ActivityDraft ordering = new ActivityDraft("tama", "con", "Japan-Korea joint ordering organisation"
                + Calibration.SYNTHETIC, ActivityKind.CONSORTIUM, LocalDate.of(2005, 6, 1), null, PROGRAMME, null);
        ordering.add(net.actor("tama-so-01"), "coordinator", null);
        ordering.add(net.actor("kr-so-01"), "coordinator", null);
        ordering.add(net.actor("kr-uni-01"), "participant", null);
        ordering.add(net.actor("kr-co-01"), "participant", null);
        ordering.add(net.actor("kr-co-02"), "participant", null);
        dice.sampleWeighted(net.members(Calibration.TAMA.id(), COMPANY, a -> a.pattern == Pattern.NORMAL
                && a.industry == Industry.PRECISION_MACHINERY), 4, a -> a.fitness)
                .forEach(f -> ordering.add(f, "participant", null));
        net.activities.add(ordering);

        ActivityDraft bio2005 = new ActivityDraft("hok", "bm", "BIO 2005 exhibition, Philadelphia: Hokkaido booth"
                + Calibration.SYNTHETIC, ActivityKind.BUSINESS_MATCHING, LocalDate.of(2005, 6, 19),
                LocalDate.of(2005, 6, 22), "JETRO overseas exhibition support", null);
        bio2005.add(net.actor("hok-so-02"), "organiser", null);
        bio2005.add(agency, "participant", null);
        dice.sampleWeighted(net.members(Calibration.HOKKAIDO.id(), COMPANY, a -> a.pattern == Pattern.NORMAL
                && a.industry == Industry.BIOTECHNOLOGY), 6, a -> a.fitness)
                .forEach(f -> bio2005.add(f, "participant", null));
        net.activities.add(bio2005);

        ActorDraft core = net.members(Calibration.KINKI.id(), RESEARCH_INSTITUTE, a -> a.role == Role.CORE_INSTITUTE).get(0);
        ActivityDraft memorandum = new ActivityDraft("kinki", "con",
                "Information exchange on regenerative medicine: Kinki, Pittsburgh, Berlin" + Calibration.SYNTHETIC,
                ActivityKind.CONSORTIUM, LocalDate.of(2004, 3, 1), null, PROGRAMME, null);
        memorandum.add(net.actor("kinki-so-01"), "coordinator", null);
        memorandum.add(net.actor("pit-so-01"), "participant", null);
        memorandum.add(net.actor("ber-so-01"), "participant", null);
        memorandum.add(core, "participant", null);
        memorandum.add(net.actor("pit-ri-01"), "participant", null);
        memorandum.add(net.actor("ber-ri-01"), "participant", null);
        net.activities.add(memorandum);

        ActivityDraft kobe = new ActivityDraft("kinki", "con",
                "Translational research in regenerative medicine, Kobe" + Calibration.SYNTHETIC,
                ActivityKind.CONSORTIUM, LocalDate.of(2003, 4, 1), LocalDate.of(2008, 3, 31),
                "Kobe medical industry development", "Regional Consortium R&D");
        kobe.add(core, "coordinator", money(300, 0.3));
        net.members(Calibration.KINKI.id(), UNIVERSITY, a -> true).stream()
                .sorted(Comparator.comparingDouble((ActorDraft a) -> -a.fitness)).limit(4)
                .forEach(u -> kobe.add(u, "participant", money(40, 0.4)));
        dice.sampleWeighted(net.members(Calibration.KINKI.id(), COMPANY, a -> a.pattern == Pattern.NORMAL
                && !a.entry.isAfter(kobe.start)), 6, a -> a.fitness)
                .forEach(f -> kobe.add(f, "participant", money(10, 0.5)));
        net.activities.add(kobe);

        List<String> groups = List.of("space and airplane technology", "medicine-engineering",
                "agriculture-engineering", "optical technology");
        List<Industry> groupIndustries = List.of(Industry.TRANSPORT_EQUIPMENT, Industry.MEDICAL_DEVICES,
                Industry.PRECISION_MACHINERY, Industry.OPTICS_PHOTONICS);
        String hama = Calibration.HAMAMATSU.id();
        for (int g = 0; g < groups.size(); g++) {
            Industry industry = groupIndustries.get(g);
            ActivityDraft group = new ActivityDraft("hama", "con",
                    "Research group on " + groups.get(g) + ", Hamamatsu" + Calibration.SYNTHETIC,
                    ActivityKind.CONSORTIUM, Calibration.HAMAMATSU.start(), null, PROGRAMME, null);
            group.add(weighted(net.members(hama, UNIVERSITY, a -> true)), "coordinator", null);
            group.add(weighted(net.members(hama, RESEARCH_INSTITUTE, a -> true)), "participant", null);
            dice.sampleWeighted(net.members(hama, COMPANY, a -> a.pattern == Pattern.NORMAL && a.industry == industry
                    && !a.entry.isAfter(group.start)), 5, a -> a.fitness)
                    .forEach(f -> group.add(f, "participant", null));
            net.activities.add(group);
        }
    }

    /** Members of the plan present on the day (entered, not left) that pass the filter. */
    private List<ActorDraft> present(ClusterPlan plan, LocalDate day, java.util.function.Predicate<ActorDraft> filter) {
        List<ActorDraft> out = new ArrayList<>();
        for (ActorDraft a : net.members(plan.id())) {
            if (!a.entry.isAfter(day) && !a.lastTieDay().isBefore(day) && filter.test(a)) {
                out.add(a);
            }
        }
        return out;
    }

    private ActorDraft weighted(List<ActorDraft> actors) {
        return dice.pickWeighted(actors, a -> a.fitness * (1 + a.participations));
    }

    private static ActorDraft topBy(List<ActorDraft> actors) {
        return actors.stream().max(Comparator.comparingDouble((ActorDraft a) -> a.fitness)).orElse(null);
    }

    private Double money(double median, double sigma) {
        return Math.round(dice.lognormal(median, sigma) * 10) / 10.0;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The funding scheme of the policy phase. */
    private static String scheme(int year) {
        if (year <= 2005) {
            return "Regional Consortium R&D";
        }
        return year <= 2010 ? "Regional Innovation Creation R&D" : "Strategic Core Technology Advancement";
    }

    private static String shortName(ClusterPlan plan) {
        return switch (plan.id()) {
            case "TAMA" -> "TAMA";
            case "KINKI-BIO" -> "Kinki Bio";
            default -> plan.id().charAt(0) + plan.id().substring(1).toLowerCase(Locale.ROOT);
        };
    }

    static String code(ActivityKind kind) {
        return switch (kind) {
            case JOINT_RD_PROJECT -> "rd";
            case CONSORTIUM -> "con";
            case GRANT -> "gr";
            case EXCHANGE_MEETING -> "ev";
            case SEMINAR -> "sem";
            case BUSINESS_MATCHING -> "bm";
        };
    }
}
