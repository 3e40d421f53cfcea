package io.kaonet.demo;

import io.kaonet.core.model.ActorKind;
import io.kaonet.demo.Calibration.Bloc;
import io.kaonet.demo.Calibration.HandmadeActor;
import io.kaonet.demo.ClusterPlan.FirmQuota;
import io.kaonet.demo.ClusterPlan.NamedBody;
import io.kaonet.demo.ClusterPlan.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Creates the synthetic actors of every cluster: ids, names, places, founding years, head counts,
 * keywords and fitness. Every name ends in {@code " (synthetic)"}.
 */
final class ActorFactory {

    private static final List<String> GENERIC_STEMS = List.of("Asahi", "Daiwa", "Heiwa", "Kyowa", "Meiko",
            "Nisshin", "Sanko", "Shinwa", "Taiyo", "Toko", "Wako", "Kotobuki", "Seiwa", "Tokiwa", "Midori", "Aoba",
            "Hikari", "Sakura", "Kaede", "Tsubasa", "Hoshino", "Mirai", "Kibo", "Hinode", "Yutaka");
    private static final List<String> LEGAL_FORMS = List.of("Co., Ltd.", "Co., Ltd.", "Co., Ltd.", "Inc.", "Inc.",
            "K.K.", "Corporation");
    private static final List<String> NICKNAMES = List.of("Monozukuri", "Only One", "Takumi", "Kaizen", "Genba");
    private static final List<String> UNIVERSITY_FORMS = List.of("University", "Institute of Technology",
            "University of Engineering", "Medical University", "National College of Technology", "Gakuin University",
            "University of Pharmaceutical Sciences", "Women's University", "University of Agriculture",
            "University of Information Science");
    private static final List<String> GIVEN_NAMES = List.of("Hiroshi", "Takashi", "Kenji", "Makoto", "Yuko",
            "Keiko", "Akira", "Naoki", "Tomoko", "Satoshi", "Yumi", "Kazuo", "Masao", "Emi", "Shinji", "Rie",
            "Osamu", "Noriko");
    private static final List<String> FAMILY_NAMES = List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe",
            "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi",
            "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Mori", "Abe", "Ikeda", "Hashimoto", "Ishikawa",
            "Ogawa", "Okada", "Hasegawa", "Fujita", "Goto", "Kondo");
    private static final List<String> EXTRA_SEEKS = List.of("venture funding", "loans", "patent filing",
            "overseas sales channels", "business plans", "incubation space", "licensing");
    /** Financiers are 60 % banks and shinkin banks, 25 % venture capital, 15 % public finance. */

    private static final double LATE_JOINER_SHARE = 0.2;
    private static final double NEW_ENTRANT_SHARE = 0.05;
    private static final double LEAVER_SHARE = 0.025;
    private static final LocalDate LAST_JOIN = LocalDate.of(2012, 12, 31);

    private final Dice dice;
    private final Set<String> usedNames = new HashSet<>();

    ActorFactory(Dice dice) {
        this.dice = dice;
    }

    /** The members of a Japanese cluster project, firms first, in id order within each kind. */
    List<ActorDraft> members(ClusterPlan plan) {
        List<ActorDraft> out = new ArrayList<>();
        List<String> stems = plan.stems();
        List<String> companyStems = new ArrayList<>(stems);
        companyStems.addAll(GENERIC_STEMS);
        List<Industry> industries = plan.firms().stream().map(FirmQuota::industry).toList();

        int companyNumber = 0;
        int companyWidth = width(plan.firmCount());
        for (FirmQuota quota : plan.firms()) {
            List<Place> places = quota.places().isEmpty() ? plan.places() : quota.places();
            for (int i = 0; i < quota.large() + quota.smes(); i++) {
                boolean large = i < quota.large();
                boolean venture = !large && i < quota.large() + quota.ventures();
                String id = id(plan.prefix(), "co", ++companyNumber, companyWidth);
                out.add(company(id, plan, quota.industry(), dice.place(places), companyStems, large, venture));
            }
        }
        for (NamedBody body : plan.named()) {
            out.add(named(plan, body, industries, numberOf(out, body.kind()) + 1));
        }
        for (Map.Entry<ActorKind, Integer> e : plan.others().entrySet()) {
            ActorKind kind = e.getKey();
            int first = numberOf(out, kind);
            int width = width(first + e.getValue());
            for (int i = 0; i < e.getValue(); i++) {
                String id = id(plan.prefix(), code(kind), first + i + 1, width);
                out.add(other(id, plan, kind, i, e.getValue(), stems, industries));
            }
        }
        return out;
    }

    /** The hand-written actors of a bloc (overseas partners, national bodies). */
    List<ActorDraft> members(Bloc bloc) {
        List<ActorDraft> out = new ArrayList<>();
        String clusterId = bloc.cluster() == null ? null : bloc.cluster().id();
        for (HandmadeActor h : bloc.actors()) {
            int number = (int) out.stream().filter(a -> a.id.startsWith(bloc.prefix() + "-" + h.code() + "-")).count() + 1;
            String id = id(bloc.prefix(), h.code(), number, 2);
            String name = claim(h.name());
            out.add(build(id, name, h.kind(), h.industry(), h.place(), clusterId, h.subtype(), h.role(),
                    bloc.since(), null, false, false, bloc.fields(), false));
        }
        return out;
    }

    /**
     * A member firm. Its name is made of a regional or generic stem, or of its own city (never of
     * another city, so that names and places agree), an industry word and a legal form.
     */
    private ActorDraft company(String id, ClusterPlan plan, Industry industry, Place place, List<String> stems,
                               boolean large, boolean venture) {
        String name = unique(() -> {
            String stem = dice.chance(0.2) ? place.city() : dice.pick(stems);
            String core = stem + " " + dice.pick(industry.nameWords());
            if (dice.chance(0.02)) {
                core = core + " \"" + dice.pick(NICKNAMES) + "\"";
            }
            return core + " " + (venture ? dice.pick(List.of("Inc.", "K.K.", "Co., Ltd.")) : dice.pick(LEGAL_FORMS));
        });
        LocalDate entry = plan.start();
        LocalDate exit = null;
        boolean newEntrant = false;
        if (venture) {
            entry = dice.date(Calibration.SPIN_OFF_FROM, Calibration.SPIN_OFF_TO);
        } else if (!large && dice.chance(NEW_ENTRANT_SHARE)) {
            newEntrant = true;
            entry = dice.date(plan.start().plusYears(1), LocalDate.of(2015, 12, 31));
        } else if (dice.chance(LATE_JOINER_SHARE)) {
            double u = dice.nextDouble();
            long span = LAST_JOIN.toEpochDay() - plan.start().toEpochDay();
            entry = plan.start().plusDays((long) (u * u * span));
        }
        if (!venture && !large && dice.chance(LEAVER_SHARE)) {
            LocalDate earliest = entry.plusYears(2).isAfter(LocalDate.of(2008, 1, 1))
                    ? entry.plusYears(2) : LocalDate.of(2008, 1, 1);
            if (!earliest.isAfter(LocalDate.of(2018, 12, 31))) {
                exit = dice.date(earliest, LocalDate.of(2018, 12, 31));
            }
        }
        return build(id, name, ActorKind.COMPANY, industry, place, plan.id(), null, Role.NONE, entry, exit, large,
                venture, List.of(industry), newEntrant);
    }

    private ActorDraft named(ClusterPlan plan, NamedBody body, List<Industry> industries, int number) {
        String id = id(plan.prefix(), code(body.kind()), number, 2);
        Place place = plan.places().get(body.placeIndex() % plan.places().size());
        return build(id, claim(body.name()), body.kind(), null, place, plan.id(), null, body.role(), plan.start(),
                null, false, false, industries, false);
    }

    private ActorDraft other(String id, ClusterPlan plan, ActorKind kind, int index, int count, List<String> stems,
                             List<Industry> industries) {
        List<String> cities = new ArrayList<>(new LinkedHashSet<>(plan.places().stream().map(Place::city).toList()));
        List<String> regions = new ArrayList<>(new LinkedHashSet<>(plan.places().stream().map(Place::region).toList()));
        Place place = dice.place(plan.places());
        String subtype = null;
        String name;
        switch (kind) {
            case GOVERNMENT -> {
                if (regions.size() >= count) {
                    String region = regions.get(index);
                    place = firstIn(plan, region);
                    name = claim(region + " Prefectural Government");
                } else {
                    place = cityPlace(plan, cities.get(index % cities.size()));
                    name = claim(place.city() + " City Government");
                }
            }
            case SUPPORT_ORGANIZATION -> {
                String city = cities.get(index % cities.size());
                place = cityPlace(plan, city);
                name = unique(() -> city + " Chamber of Commerce and Industry");
            }
            case UNIVERSITY -> {
                String city = place.city();
                name = unique(() -> (dice.chance(0.4) ? city : dice.pick(stems)) + " " + dice.pick(UNIVERSITY_FORMS));
            }
            case RESEARCH_INSTITUTE -> {
                String region = dice.pick(regions);
                place = firstIn(plan, region);
                name = unique(() -> dice.pick(List.of(
                        region + " Industrial Technology Center",
                        region + " Industrial Testing Laboratory",
                        dice.pick(stems) + " Industrial Research Institute",
                        dice.pick(stems) + " Bio Research Center")));
            }
            case TLO -> name = unique(() -> dice.pick(stems) + dice.pick(List.of(" TLO Co., Ltd.", " Technology Licensing Office")));
            case FINANCIER -> {
                String chosen = index < Math.round(0.6 * count) ? "bank"
                        : index < Math.round(0.85 * count) ? "vc" : "public";
                subtype = chosen;
                String region = place.region();
                String city = place.city();
                name = unique(() -> switch (chosen) {
                    case "bank" -> dice.pick(List.of(city + " Shinkin Bank", dice.pick(stems) + " Bank",
                            dice.pick(stems) + " Credit Union"));
                    case "vc" -> dice.pick(List.of(dice.pick(stems) + " Venture Capital Co., Ltd.",
                            dice.pick(stems) + " Capital Partners"));
                    default -> dice.pick(List.of(region + " Credit Guarantee Corporation",
                            dice.pick(stems) + " SME Investment Fund"));
                });
            }
            case COORDINATOR -> name = unique(() -> dice.pick(GIVEN_NAMES) + " " + dice.pick(FAMILY_NAMES));
            case INCUBATOR -> {
                String city = place.city();
                name = unique(() -> dice.pick(List.of(city + " Incubation Center", dice.pick(stems) + " Business Incubator",
                        dice.pick(stems) + " Entrepreneurs Office")));
            }
            case TRADING_FIRM -> name = unique(() -> dice.pick(stems) + dice.pick(List.of(" Trading Co., Ltd.", " Shoji K.K.")));
            case PROFESSIONAL -> {
                String chosen = List.of("patent", "accounting", "law").get(index % 3);
                subtype = chosen;
                name = unique(() -> dice.pick(FAMILY_NAMES) + switch (chosen) {
                    case "patent" -> " Patent Office";
                    case "accounting" -> " Accounting Office";
                    default -> " Law Office";
                });
            }
            default -> throw new IllegalStateException("companies are made by company(): " + kind);
        }
        return build(id, name, kind, null, place, plan.id(), subtype, Role.NONE, plan.start(), null, false, false,
                industries, false);
    }

    private ActorDraft build(String id, String name, ActorKind kind, Industry industry, Place place, String clusterId,
                             String subtype, Role role, LocalDate entry, LocalDate exit, boolean large, boolean venture,
                             List<Industry> fields, boolean newEntrant) {
        double latitude = place.latitude() + (dice.nextDouble() - 0.5) * 0.06;
        double longitude = place.longitude() + (dice.nextDouble() - 0.5) * 0.06;
        Integer founded = null;
        Integer employees = null;
        Boolean sme = null;
        String industryLabel = null;
        List<String> technologies = new ArrayList<>();
        List<String> offers = new ArrayList<>();
        List<String> seeks = new ArrayList<>();
        double fitness;
        int startYear = entry.getYear();
        switch (kind) {
            case COMPANY -> {
                industryLabel = industry.label();
                sme = !large;
                if (venture || newEntrant) {
                    founded = startYear;
                    employees = (int) Math.max(2, Math.min(40, Math.round(dice.lognormal(8, 0.7))));
                } else if (large) {
                    founded = dice.between(1920, 1975);
                    employees = (int) Math.max(400, Math.min(20000, Math.round(dice.lognormal(1500, 0.9))));
                } else {
                    int earliest = switch (industry) {
                        case SOFTWARE -> 1976;
                        case BIOTECHNOLOGY -> 1985;
                        default -> 1946;
                    };
                    founded = dice.between(earliest, Math.min(2000, startYear));
                    employees = (int) Math.max(3, Math.min(300, Math.round(dice.lognormal(30, 0.9))));
                }
                technologies.addAll(dice.sample(industry.technologies(), dice.between(2, 4)));
                offers.addAll(dice.sample(industry.offers(), dice.between(1, 3)));
                seeks.addAll(dice.sample(industry.seeks(), dice.between(1, 3)));
                if (venture) {
                    addIfAbsent(seeks, "venture funding");
                } else if (dice.chance(0.25)) {
                    addIfAbsent(seeks, dice.pick(EXTRA_SEEKS));
                }
                fitness = dice.pareto(2.5, 6) * (large ? 2.5 : 1) * (venture ? 1.3 : 1);
            }
            case UNIVERSITY -> {
                industryLabel = null;
                founded = dice.between(1877, 1995);
                employees = (int) Math.round(dice.lognormal(600, 0.8));
                List<String> pool = fields.stream().flatMap(f -> f.technologies().stream()).distinct().toList();
                technologies.addAll(dice.sample(pool, dice.between(3, 5)));
                offers.addAll(List.of("joint research", "technical consultation"));
                seeks.addAll(List.of("industrial partners", "commercialisation"));
                fitness = 2 * dice.pareto(1.2, 60);
            }
            case RESEARCH_INSTITUTE -> {
                founded = dice.between(1950, 2000);
                employees = (int) Math.round(dice.lognormal(150, 0.7));
                List<String> pool = fields.stream().flatMap(f -> f.technologies().stream()).distinct().toList();
                technologies.addAll(dice.sample(pool, dice.between(2, 4)));
                offers.addAll(List.of("testing and evaluation", "joint research", "equipment sharing"));
                seeks.add("industrial partners");
                fitness = 2 * dice.pareto(1.5, 30) * (role == Role.CORE_INSTITUTE ? 4 : 1);
            }
            case TLO -> {
                founded = dice.between(1998, Math.min(2001, startYear));
                employees = dice.between(5, 30);
                offers.addAll(List.of("licensing", "patent management"));
                seeks.add("licensees");
                fitness = 3;
            }
            case FINANCIER -> {
                industryLabel = "finance";
                String s = subtype == null ? "bank" : subtype;
                switch (s) {
                    case "vc" -> {
                        founded = dice.between(1985, 2000);
                        employees = dice.between(5, 60);
                        offers.addAll(List.of("venture funding", "management support"));
                    }
                    case "public" -> {
                        founded = dice.between(1950, 1990);
                        employees = dice.between(100, 1000);
                        offers.addAll(List.of("low-interest loans", "loan guarantees"));
                    }
                    default -> {
                        founded = dice.between(1920, 1980);
                        employees = (int) Math.round(dice.lognormal(600, 0.7));
                        offers.addAll(List.of("loans", "bridge financing"));
                    }
                }
                fitness = dice.pareto(1.3, 40);
            }
            case COORDINATOR -> {
                List<String> pool = fields.stream().flatMap(f -> f.technologies().stream()).distinct().toList();
                technologies.addAll(dice.sample(pool, dice.between(1, 2)));
                offers.addAll(dice.sample(List.of("business matching", "technical advice", "management advice"), 2));
                fitness = 6 * dice.pareto(2.0, 10);
            }
            case GOVERNMENT -> {
                offers.addAll(List.of("subsidies", "public procurement"));
                fitness = 0.5;
            }
            case SUPPORT_ORGANIZATION -> {
                if (role == Role.PROMOTION_BODY) {
                    founded = dice.between(1998, Math.min(2001, startYear));
                    employees = dice.between(8, 30);
                    offers.addAll(List.of("business matching", "exchange meetings", "coordinator dispatch"));
                    fitness = 12;
                } else {
                    founded = dice.between(1900, 1970);
                    employees = dice.between(10, 80);
                    offers.addAll(List.of("business matching", "exhibitions", "information services"));
                    fitness = dice.pareto(1.5, 10);
                }
            }
            case INCUBATOR -> {
                founded = dice.between(1995, Math.min(2001, startYear));
                employees = dice.between(3, 20);
                offers.addAll(List.of("incubation space", "incubation management"));
                fitness = 1.5;
            }
            case TRADING_FIRM -> {
                industryLabel = "trading";
                founded = dice.between(1920, 1990);
                employees = (int) Math.round(dice.lognormal(120, 0.9));
                sme = employees <= 300;
                offers.addAll(List.of("overseas sales channels", "distribution", "export support"));
                seeks.add("new products");
                fitness = 1.5;
            }
            case PROFESSIONAL -> {
                industryLabel = "professional services";
                founded = dice.between(1970, 2000);
                employees = dice.between(2, 20);
                sme = true;
                String s = subtype == null ? "patent" : subtype;
                offers.addAll(switch (s) {
                    case "accounting" -> List.of("accounting", "business plans");
                    case "law" -> List.of("legal advice", "contract review");
                    default -> List.of("patent filing", "licensing advice");
                });
                fitness = 1;
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
        return new ActorDraft(id, name, kind, industry, industryLabel, place, round4(latitude), round4(longitude),
                founded, employees, sme, technologies, offers, seeks, clusterId, subtype, role, fitness, entry, exit,
                venture);
    }

    private static void addIfAbsent(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private String unique(Supplier<String> candidate) {
        for (int attempt = 0; attempt < 200; attempt++) {
            String name = candidate.get() + Calibration.SYNTHETIC;
            if (usedNames.add(name)) {
                return name;
            }
        }
        String base = candidate.get();
        for (int n = 2; ; n++) {
            String name = base + " No. " + n + Calibration.SYNTHETIC;
            if (usedNames.add(name)) {
                return name;
            }
        }
    }

    private String claim(String fixedName) {
        String name = fixedName + Calibration.SYNTHETIC;
        if (!usedNames.add(name)) {
            throw new IllegalStateException("duplicate fixed name " + fixedName);
        }
        return name;
    }

    private static Place firstIn(ClusterPlan plan, String region) {
        return plan.places().stream().filter(p -> p.region().equals(region)).findFirst().orElseThrow();
    }

    private static Place cityPlace(ClusterPlan plan, String city) {
        return plan.places().stream().filter(p -> p.city().equals(city)).findFirst().orElseThrow();
    }

    private static int numberOf(List<ActorDraft> actors, ActorKind kind) {
        return (int) actors.stream().filter(a -> a.kind == kind).count();
    }

    static String code(ActorKind kind) {
        return switch (kind) {
            case COMPANY -> "co";
            case UNIVERSITY -> "uni";
            case RESEARCH_INSTITUTE -> "ri";
            case TLO -> "tlo";
            case FINANCIER -> "fin";
            case COORDINATOR -> "crd";
            case GOVERNMENT -> "gov";
            case SUPPORT_ORGANIZATION -> "so";
            case INCUBATOR -> "inc";
            case TRADING_FIRM -> "tr";
            case PROFESSIONAL -> "pro";
        };
    }

    private static String id(String prefix, String code, int number, int width) {
        return prefix + "-" + code + "-" + String.format(java.util.Locale.ROOT, "%0" + width + "d", number);
    }

    private static int width(int count) {
        return count >= 100 ? 3 : 2;
    }

    private static double round4(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
