package io.kaonet.demo;

import static io.kaonet.core.model.ActorKind.COMPANY;
import static io.kaonet.core.model.ActorKind.COORDINATOR;
import static io.kaonet.core.model.ActorKind.FINANCIER;
import static io.kaonet.core.model.ActorKind.GOVERNMENT;
import static io.kaonet.core.model.ActorKind.INCUBATOR;
import static io.kaonet.core.model.ActorKind.RESEARCH_INSTITUTE;
import static io.kaonet.core.model.ActorKind.SUPPORT_ORGANIZATION;
import static io.kaonet.core.model.ActorKind.TLO;
import static io.kaonet.core.model.ActorKind.TRADING_FIRM;
import static io.kaonet.core.model.ActorKind.UNIVERSITY;

import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.TieKind;
import io.kaonet.demo.ActorDraft.Pattern;
import io.kaonet.demo.ClusterPlan.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The flows whose counts come straight from the seed documents, made explicitly rather than by the
 * growth engine: TAMA's FY2002 coordinator dispatches and its early alliances, Hokkaido's
 * university spin-offs, Kinki's bio-ventures and joint R&amp;D projects; and the named inter-cluster
 * and international links (TAMA–Veneto, TAMA–Korea, Kinki–Pittsburgh/Berlin, the national bodies).
 */
final class CalibratedFlows {

    private final NetworkDraft net;
    private final Dice dice;

    CalibratedFlows(NetworkDraft net, Dice dice) {
        this.net = net;
        this.dice = dice;
    }

    void makeAll() {
        tamaDispatches();
        tamaAlliances();
        spinOffs(Calibration.HOKKAIDO, 0, 0.5, 0.6, 0);
        spinOffs(Calibration.KINKI, Calibration.KINKI_INSTITUTE_VENTURES, 0.4, 1.0, 0.67);
        tamaCorporateSpinOffs();
        kinkiJointResearchProjects();
        publicFunding();
        interClusterAgreements();
        tamaVeneto();
        tamaKorea();
        kinkiOverseas();
        nationalBodies();
        overseasClusters();
    }

    /** TAMA, FY2002: coordinators dispatched 289 times to 55 companies; one COORDINATION tie per coordinator and firm, weight = dispatches. */
    private void tamaDispatches() {
        String tama = Calibration.TAMA.id();
        List<ActorDraft> firms = net.members(tama, COMPANY, a -> a.pattern == Pattern.NORMAL && !a.venture
                && !a.entry.isAfter(Calibration.TAMA_DISPATCH_TO) && !a.lastTieDay().isBefore(Calibration.TAMA_DISPATCH_FROM));
        List<ActorDraft> chosen = dice.sampleWeighted(firms, Calibration.TAMA_DISPATCHED_FIRMS, a -> a.fitness);
        int[] counts = split(Calibration.TAMA_DISPATCHES, chosen.size());
        List<ActorDraft> coordinators = net.members(tama, COORDINATOR, a -> true);
        for (int i = 0; i < chosen.size(); i++) {
            ActorDraft firm = chosen.get(i);
            int total = counts[i];
            int sharing = total >= 2 && dice.chance(0.3) ? 2 : 1;
            List<ActorDraft> dispatched = dice.sampleWeighted(coordinators, sharing, a -> a.fitness);
            int first = sharing == 2 ? dice.between(1, total - 1) : total;
            for (int j = 0; j < dispatched.size(); j++) {
                ActorDraft coordinator = dispatched.get(j);
                LocalDate since = NetworkDraft.sinceFor(dice, Calibration.TAMA_DISPATCH_FROM,
                        Calibration.TAMA_DISPATCH_TO, coordinator, firm);
                LocalDate until = dice.chance(0.15) ? since.plusDays(dice.between(700, 2200)) : null;
                net.tie(coordinator, firm, TieKind.COORDINATION, since, until, j == 0 ? first : total - first);
            }
        }
    }

    /** TAMA: more than 40 alliances formed by March 2004, about half of them across industries. */
    private void tamaAlliances() {
        String tama = Calibration.TAMA.id();
        Predicate<ActorDraft> open = a -> a.pattern == Pattern.NORMAL && !a.entry.isAfter(Calibration.TAMA_ALLIANCES_TO);
        List<ActorDraft> firms = net.members(tama, COMPANY, open);
        int made = 0;
        for (int attempt = 0; made < Calibration.TAMA_ALLIANCES && attempt < 50 * Calibration.TAMA_ALLIANCES; attempt++) {
            ActorDraft a = net.attach(dice, firms, x -> true);
            boolean cross = dice.chance(0.55);
            ActorDraft b = net.attach(dice, firms, x -> x != a && (x.industry != a.industry) == cross);
            if (b == null) {
                continue;
            }
            LocalDate since = NetworkDraft.sinceFor(dice, Calibration.TAMA.start(), Calibration.TAMA_ALLIANCES_TO, a, b);
            if (net.tie(a, b, TieKind.ALLIANCE, since, null, 1) != null) {
                made++;
            }
        }
    }

    /**
     * The ventures of a cluster: each a SPIN_OFF of a university (the first {@code fromInstitutes}
     * of a public research institute) on its founding day; some license from the TLO, take venture
     * capital and rent incubator space.
     */
    private void spinOffs(ClusterPlan plan, int fromInstitutes, double licensing, double ventureCapital,
                          double incubated) {
        List<ActorDraft> ventures = net.members(plan.id(), COMPANY, a -> a.venture);
        List<ActorDraft> universities = net.members(plan.id(), UNIVERSITY, a -> true);
        List<ActorDraft> institutes = net.members(plan.id(), RESEARCH_INSTITUTE, a -> true);
        List<ActorDraft> tlos = net.members(plan.id(), TLO, a -> true);
        List<ActorDraft> vcs = net.members(plan.id(), FINANCIER, a -> "vc".equals(a.subtype));
        List<ActorDraft> incubators = net.members(plan.id(), INCUBATOR, a -> true);
        for (int i = 0; i < ventures.size(); i++) {
            ActorDraft venture = ventures.get(i);
            ActorDraft parent = net.attach(dice, i < fromInstitutes ? institutes : universities, a -> true);
            net.tie(parent, venture, TieKind.SPIN_OFF, venture.entry, null, 1);
            if (dice.chance(licensing) && !tlos.isEmpty()) {
                net.tie(dice.pick(tlos), venture, TieKind.TECHNOLOGY_TRANSFER,
                        venture.entry.plusDays(dice.between(0, 365)), null, 1);
            }
            if (dice.chance(ventureCapital) && !vcs.isEmpty()) {
                net.tie(net.attach(dice, vcs, a -> true), venture, TieKind.FINANCING,
                        venture.entry.plusDays(dice.between(30, 730)), null, 1);
            }
            if (dice.chance(incubated) && !incubators.isEmpty()) {
                net.tie(dice.pick(incubators), venture, TieKind.COORDINATION, venture.entry, null, 1);
            }
        }
    }

    /** TAMA's "second establishment of business": a few new firms spun off large member companies. */
    private void tamaCorporateSpinOffs() {
        String tama = Calibration.TAMA.id();
        List<ActorDraft> parents = net.members(tama, COMPANY, a -> Boolean.FALSE.equals(a.sme));
        List<ActorDraft> young = net.members(tama, COMPANY, a -> a.pattern == Pattern.NORMAL && !a.venture
                && a.founded != null && a.founded >= 2005 && a.founded <= 2012);
        for (ActorDraft child : young.subList(0, Math.min(3, young.size()))) {
            net.tie(net.attach(dice, parents, a -> true), child, TieKind.SPIN_OFF, child.entry, null, 1);
        }
    }

    /** Kinki Bio: 130 joint R&amp;D projects from April 2001 to March 2004, led by a university or institute. */
    private void kinkiJointResearchProjects() {
        String kinki = Calibration.KINKI.id();
        List<ActorDraft> universities = net.members(kinki, UNIVERSITY, a -> true);
        List<ActorDraft> institutes = net.members(kinki, RESEARCH_INSTITUTE, a -> true);
        for (int i = 0; i < Calibration.KINKI_JOINT_RD; i++) {
            LocalDate start = dice.date(Calibration.SPIN_OFF_FROM, Calibration.SPIN_OFF_TO);
            List<ActorDraft> firms = net.members(kinki, COMPANY, a -> a.pattern == Pattern.NORMAL
                    && !a.entry.isAfter(start) && !a.lastTieDay().isBefore(start));
            ActorDraft lead = projectLead(dice.chance(0.8) ? universities : institutes);
            ActorDraft leadFirm = byParticipation(firms);
            String topic = leadFirm == null ? "bio-assays" : dice.pick(leadFirm.technologies);
            ActivityDraft project = new ActivityDraft(Calibration.KINKI.prefix(), "rd",
                    "Joint R&D on " + topic + ", Kinki Bio " + start.getYear() + Calibration.SYNTHETIC,
                    ActivityKind.JOINT_RD_PROJECT, start, start.plusYears(dice.between(1, 3)).minusDays(1),
                    "Industrial Cluster Project", "Regional Consortium R&D");
            project.add(lead, "coordinator", money(30, 0.6));
            if (dice.chance(0.3)) {
                project.add(projectLead(universities), "participant", money(8, 0.6));
            }
            project.add(leadFirm, "participant", money(5, 0.7));
            int more = dice.between(0, 3);
            for (int k = 0; k < more; k++) {
                project.add(byParticipation(firms), "participant", money(5, 0.7));
            }
            net.activities.add(project);
        }
    }

    /** Regional bureaus fund their promotion bodies; some local governments fund an incubator or chamber. */
    private void publicFunding() {
        for (ClusterPlan plan : Calibration.JAPANESE) {
            List<ActorDraft> bodies = net.members(plan.id(), SUPPORT_ORGANIZATION, a -> a.role == Role.PROMOTION_BODY);
            for (ActorDraft bureau : net.members(plan.id(), GOVERNMENT, a -> a.role == Role.BUREAU)) {
                for (ActorDraft body : bodies) {
                    net.tie(bureau, body, TieKind.FINANCING, plan.start(), null, 1);
                }
            }
            List<ActorDraft> funded = new ArrayList<>(net.members(plan.id(), INCUBATOR, a -> true));
            funded.addAll(net.members(plan.id(), SUPPORT_ORGANIZATION, a -> a.role != Role.PROMOTION_BODY));
            for (ActorDraft government : net.members(plan.id(), GOVERNMENT, a -> a.role != Role.BUREAU)) {
                if (dice.chance(0.5) && !funded.isEmpty()) {
                    ActorDraft receiver = funded.stream().filter(f -> f.place.city().equals(government.place.city()))
                            .findFirst().orElse(dice.pick(funded));
                    net.tie(government, receiver, TieKind.FINANCING,
                            plan.start().plusDays(dice.between(0, 3 * 365)), null, 1);
                }
            }
        }
    }

    /** Agreements between the Japanese clusters' promotion bodies. */
    private void interClusterAgreements() {
        agreement(promotionBody(Calibration.TAMA, 0), promotionBody(Calibration.HAMAMATSU, 0), 2003);
        agreement(promotionBody(Calibration.HOKKAIDO, 1), promotionBody(Calibration.KINKI, 0), 2004);
        agreement(promotionBody(Calibration.KINKI, 0), promotionBody(Calibration.SHIKOKU, 0), 2007);
        agreement(promotionBody(Calibration.TAMA, 0), promotionBody(Calibration.SHIKOKU, 0), 2009);
    }

    /** TAMA and Veneto: a business exchange programme between manufacturing firms, with contracts. */
    private void tamaVeneto() {
        ActorDraft tamaBody = promotionBody(Calibration.TAMA, 0);
        ActorDraft chamber = net.actor("ven-so-01");
        agreement(tamaBody, chamber, 2003);
        List<ActorDraft> venetoFirms = net.members("VENETO", COMPANY, a -> true);
        List<ActorDraft> tamaMakers = net.members(Calibration.TAMA.id(), COMPANY, a -> a.pattern == Pattern.NORMAL
                && (a.industry == Industry.PRECISION_MACHINERY || a.industry == Industry.ELECTRONICS));
        for (int i = 0; i < 4; i++) {
            ActorDraft tamaFirm = net.attach(dice, tamaMakers, a -> true);
            ActorDraft venetoFirm = dice.pick(venetoFirms);
            boolean tamaSupplies = dice.chance(0.6);
            tieIn(tamaSupplies ? tamaFirm : venetoFirm, tamaSupplies ? venetoFirm : tamaFirm, TieKind.SUPPLY, 2004, 2007);
        }
        for (int i = 0; i < 2; i++) {
            tieIn(net.attach(dice, tamaMakers, a -> true), dice.pick(venetoFirms), TieKind.ALLIANCE, 2004, 2006);
        }
        tieIn(net.attach(dice, tamaMakers, a -> true), net.actor("ven-tr-01"), TieKind.SUPPLY, 2005, 2008);
    }

    /** TAMA and Korea: a partnership office at a university and a joint ordering organisation. */
    private void tamaKorea() {
        ActorDraft tamaBody = promotionBody(Calibration.TAMA, 0);
        agreement(tamaBody, net.actor("kr-uni-01"), 2005);
        agreement(tamaBody, net.actor("kr-so-01"), 2005);
        List<ActorDraft> korean = List.of(net.actor("kr-co-01"), net.actor("kr-co-02"));
        List<ActorDraft> tamaMakers = net.members(Calibration.TAMA.id(), COMPANY, a -> a.pattern == Pattern.NORMAL
                && a.industry == Industry.PRECISION_MACHINERY);
        for (int i = 0; i < 3; i++) {
            tieIn(net.attach(dice, tamaMakers, a -> true), korean.get(i % 2), TieKind.ALLIANCE, 2005, 2006);
        }
    }

    /** Kinki Bio's memorandum on regenerative medicine with Pittsburgh and Berlin, and what followed it. */
    private void kinkiOverseas() {
        String kinki = Calibration.KINKI.id();
        ActorDraft body = promotionBody(Calibration.KINKI, 0);
        agreement(body, net.actor("pit-so-01"), 2004);
        agreement(body, net.actor("ber-so-01"), 2004);
        List<ActorDraft> topUniversities = net.members(kinki, UNIVERSITY, a -> true).stream()
                .sorted(Comparator.comparingDouble((ActorDraft a) -> -a.fitness)).limit(2).toList();
        for (ActorDraft university : topUniversities) {
            tieIn(university, net.actor("pit-uni-01"), TieKind.JOINT_RESEARCH, 2004, 2008);
            tieIn(university, net.actor("ber-uni-01"), TieKind.JOINT_RESEARCH, 2004, 2008);
        }
        ActorDraft core = net.members(kinki, RESEARCH_INSTITUTE, a -> a.role == Role.CORE_INSTITUTE).get(0);
        tieIn(core, net.actor("pit-ri-01"), TieKind.JOINT_RESEARCH, 2004, 2007);
        tieIn(core, net.actor("ber-ri-01"), TieKind.JOINT_RESEARCH, 2005, 2008);
        List<ActorDraft> ventures = net.members(kinki, COMPANY, a -> a.venture);
        tieIn(net.actor("pit-uni-01"), dice.pick(ventures), TieKind.TECHNOLOGY_TRANSFER, 2005, 2007);
        tieIn(net.actor("pit-fin-01"), dice.pick(ventures), TieKind.FINANCING, 2006, 2006);
        List<ActorDraft> bioFirms = net.members(kinki, COMPANY, a -> a.pattern == Pattern.NORMAL
                && a.industry == Industry.BIOTECHNOLOGY);
        tieIn(net.actor("ber-co-01"), net.attach(dice, bioFirms, a -> true), TieKind.SUPPLY, 2006, 2010);
        tieIn(net.attach(dice, bioFirms, a -> true), net.actor("pit-co-01"), TieKind.SUPPLY, 2007, 2012);
        List<ActorDraft> hokkaidoBio = net.members(Calibration.HOKKAIDO.id(), COMPANY, a -> a.pattern == Pattern.NORMAL
                && a.industry == Industry.BIOTECHNOLOGY);
        tieIn(net.attach(dice, hokkaidoBio, a -> true), net.actor("pit-co-02"), TieKind.SUPPLY, 2006, 2008);
    }

    /** The national bodies: the cross-cluster brokers. */
    private void nationalBodies() {
        ActorDraft office = net.actor("nat-gov-01");
        ActorDraft institute = net.actor("nat-ri-01");
        ActorDraft agency = net.actor("nat-so-01");
        ActorDraft finance = net.actor("nat-fin-01");
        for (ClusterPlan plan : Calibration.JAPANESE) {
            for (ActorDraft body : net.members(plan.id(), SUPPORT_ORGANIZATION, a -> a.role == Role.PROMOTION_BODY)) {
                net.tie(office, body, TieKind.FINANCING, plan.start(), null, 1);
            }
            List<ActorDraft> firms = net.members(plan.id(), COMPANY, a -> a.pattern == Pattern.NORMAL);
            ActorDraft topUniversity = net.members(plan.id(), UNIVERSITY, a -> true).stream()
                    .max(Comparator.comparingDouble((ActorDraft a) -> a.fitness)).orElseThrow();
            tieIn(institute, topUniversity, TieKind.JOINT_RESEARCH, 2002, 2015);
            for (int i = 0; i < 2; i++) {
                tieIn(institute, net.attach(dice, firms, a -> true), TieKind.JOINT_RESEARCH, 2002, 2015);
            }
            tieIn(institute, net.attach(dice, firms, a -> true), TieKind.TECHNOLOGY_TRANSFER, 2003, 2018);
            if (plan != Calibration.HAMAMATSU && plan != Calibration.SHIKOKU) {
                tieIn(agency, promotionBody(plan, plan == Calibration.HOKKAIDO ? 1 : 0), TieKind.COORDINATION, 2003, 2005);
                for (int i = 0; i < 2; i++) {
                    tieIn(agency, net.attach(dice, firms, a -> true), TieKind.COORDINATION, 2004, 2012);
                }
            }
            for (int i = 0; i < 5; i++) {
                tieIn(finance, net.attach(dice, firms, a -> true), TieKind.FINANCING, 2001, 2020);
            }
        }
        agreement(agency, net.actor("ven-so-01"), 2003);
        agreement(agency, net.actor("pit-so-01"), 2004);
        agreement(agency, net.actor("ber-so-01"), 2004);
    }

    /** The few internal ties of the overseas partner clusters and of the Korean partners. */
    private void overseasClusters() {
        for (String cluster : List.of("VENETO", "PITTSBURGH", "BERLIN")) {
            List<ActorDraft> firms = net.members(cluster, COMPANY, a -> true);
            ActorDraft support = net.members(cluster, SUPPORT_ORGANIZATION, a -> true).get(0);
            List<ActorDraft> labs = new ArrayList<>(net.members(cluster, UNIVERSITY, a -> true));
            labs.addAll(net.members(cluster, RESEARCH_INSTITUTE, a -> true));
            for (ActorDraft firm : firms) {
                if (dice.chance(0.7)) {
                    tieIn(support, firm, TieKind.COORDINATION, 2001, 2012);
                }
                if (dice.chance(0.5)) {
                    tieIn(dice.pick(labs), firm, TieKind.JOINT_RESEARCH, 2001, 2015);
                }
            }
            for (int i = 0; i < 3; i++) {
                List<ActorDraft> two = dice.sample(firms, 2);
                tieIn(two.get(0), two.get(1), TieKind.SUPPLY, 2001, 2015);
            }
            for (ActorDraft vc : net.members(cluster, FINANCIER, a -> true)) {
                for (ActorDraft firm : dice.sample(firms, 2)) {
                    tieIn(vc, firm, TieKind.FINANCING, 2001, 2010);
                }
            }
            for (ActorDraft government : net.members(cluster, GOVERNMENT, a -> true)) {
                tieIn(government, support, TieKind.FINANCING, 2001, 2003);
            }
            for (ActorDraft trader : net.members(cluster, TRADING_FIRM, a -> true)) {
                for (ActorDraft firm : dice.sample(firms, 2)) {
                    tieIn(firm, trader, TieKind.SUPPLY, 2001, 2012);
                }
            }
        }
        ActorDraft koreanSupport = net.actor("kr-so-01");
        tieIn(koreanSupport, net.actor("kr-co-01"), TieKind.COORDINATION, 2001, 2004);
        tieIn(koreanSupport, net.actor("kr-co-02"), TieKind.COORDINATION, 2001, 2004);
        agreement(koreanSupport, net.actor("kr-uni-01"), 2004);
    }

    private void agreement(ActorDraft a, ActorDraft b, int year) {
        tieIn(a, b, TieKind.ALLIANCE, year, year);
    }

    private void tieIn(ActorDraft source, ActorDraft target, TieKind kind, int fromYear, int toYear) {
        if (source == null || target == null) {
            return;
        }
        LocalDate since = NetworkDraft.sinceFor(dice, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31),
                source, target);
        net.tie(source, target, kind, since, null, 1);
    }

    private ActorDraft promotionBody(ClusterPlan plan, int index) {
        return net.members(plan.id(), SUPPORT_ORGANIZATION, a -> a.role == Role.PROMOTION_BODY).get(index);
    }

    private ActorDraft projectLead(List<ActorDraft> labs) {
        return dice.pickWeighted(labs, a -> a.fitness * (1 + a.participations));
    }

    private ActorDraft byParticipation(List<ActorDraft> actors) {
        return dice.pickWeighted(actors, a -> a.fitness * (1 + a.participations));
    }

    private Double money(double median, double sigma) {
        return Math.round(dice.lognormal(median, sigma) * 10) / 10.0;
    }

    /**
     * Splits {@code total} into {@code parts} whole numbers of at least 1, with uneven (log-normal)
     * shares, by largest remainder so the parts add up exactly.
     */
    int[] split(int total, int parts) {
        int[] out = new int[parts];
        if (parts == 0) {
            return out;
        }
        double[] w = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            w[i] = dice.lognormal(1, 0.8);
            sum += w[i];
        }
        int rest = total - parts;
        int given = 0;
        double[] fraction = new double[parts];
        for (int i = 0; i < parts; i++) {
            double exact = rest * w[i] / sum;
            out[i] = 1 + (int) Math.floor(exact);
            fraction[i] = exact - Math.floor(exact);
            given += out[i] - 1;
        }
        for (int left = rest - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < parts; i++) {
                if (fraction[i] > fraction[best]) {
                    best = i;
                }
            }
            out[best]++;
            fraction[best] = -1;
        }
        return out;
    }
}
