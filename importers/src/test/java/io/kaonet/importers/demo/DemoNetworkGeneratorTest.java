package io.kaonet.importers.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.model.Activity;
import io.kaonet.core.model.ActivityKind;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.Cluster;
import io.kaonet.core.model.ClusterType;
import io.kaonet.core.model.Membership;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Participation;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoNetworkGeneratorTest {

    private static final Map<Long, GeneratedNetwork> CACHE = new ConcurrentHashMap<>();
    private static final LocalDate FIRST_DAY = LocalDate.of(2001, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2020, 12, 31);
    private static final LocalDate FY2002_START = LocalDate.of(2002, 4, 1);
    private static final LocalDate FY2002_END = LocalDate.of(2003, 3, 31);
    private static final LocalDate MARCH_2004 = LocalDate.of(2004, 3, 31);
    private static final LocalDate APRIL_2001 = LocalDate.of(2001, 4, 1);
    private static final List<String> JAPANESE = List.of("TAMA", "HOKKAIDO", "KINKI-BIO", "HAMAMATSU", "SHIKOKU");

    private static GeneratedNetwork network(long seed) {
        return CACHE.computeIfAbsent(seed, s -> new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.withSeed(s)).generate());
    }

    private static NetworkBatch batch() {
        return network(DemoNetworkGenerator.Parameters.DEFAULT_SEED).batch();
    }

    /** A read-only view of a batch with the look-ups the tests need. */
    private static final class View {
        final NetworkBatch batch;
        final Map<String, Actor> actors = new HashMap<>();
        final Map<String, Set<String>> clustersOf = new HashMap<>();
        final Map<String, Set<String>> neighbours = new HashMap<>();

        View(NetworkBatch batch) {
            this.batch = batch;
            batch.actors().forEach(a -> actors.put(a.id(), a));
            batch.memberships().forEach(m -> clustersOf.computeIfAbsent(m.actorId(), k -> new HashSet<>()).add(m.clusterId()));
            for (Tie t : batch.ties()) {
                neighbours.computeIfAbsent(t.sourceId(), k -> new HashSet<>()).add(t.targetId());
                neighbours.computeIfAbsent(t.targetId(), k -> new HashSet<>()).add(t.sourceId());
            }
        }

        boolean in(String actorId, String cluster) {
            return clustersOf.getOrDefault(actorId, Set.of()).contains(cluster);
        }

        ActorKind kind(String actorId) {
            return actors.get(actorId).kind();
        }

        List<Actor> members(String cluster, Predicate<Actor> filter) {
            return batch.actors().stream().filter(a -> in(a.id(), cluster) && filter.test(a)).toList();
        }

        long count(String cluster, ActorKind kind) {
            return members(cluster, a -> a.kind() == kind).size();
        }

        int degree(String actorId) {
            return neighbours.getOrDefault(actorId, Set.of()).size();
        }

        Stream<Tie> ties(TieKind kind) {
            return batch.ties().stream().filter(t -> t.kind() == kind);
        }

        long tiesBetween(String clusterA, String clusterB) {
            return batch.ties().stream().filter(t -> in(t.sourceId(), clusterA) && in(t.targetId(), clusterB)
                    || in(t.sourceId(), clusterB) && in(t.targetId(), clusterA)).count();
        }

        List<Actor> memberFirms() {
            return batch.actors().stream().filter(a -> a.kind() == ActorKind.COMPANY
                    && JAPANESE.stream().anyMatch(c -> in(a.id(), c))).toList();
        }
    }

    private static View view(long seed) {
        return new View(network(seed).batch());
    }

    private static View view() {
        return view(DemoNetworkGenerator.Parameters.DEFAULT_SEED);
    }

    @Nested
    class Determinism {

        @Test
        void sameSeedWritesByteIdenticalFiles(@TempDir Path dir) throws IOException {
            new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.defaults()).writeTo(dir.resolve("a"));
            new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.defaults()).writeTo(dir.resolve("b"));
            for (String file : GeneratedNetwork.FILES) {
                assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
                        .as(file).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
            }
        }

        @Test
        void differentSeedsGiveDifferentNetworks(@TempDir Path dir) throws IOException {
            network(DemoNetworkGenerator.Parameters.DEFAULT_SEED).writeTo(dir.resolve("a"));
            network(DemoNetworkGenerator.Parameters.DEFAULT_SEED + 1).writeTo(dir.resolve("b"));
            for (String file : List.of("actors.csv", "ties.csv", "participations.csv")) {
                assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
                        .as(file).isNotEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
            }
        }

        @Test
        void writingAgainReplacesTheFilesAndLeavesNothingElse(@TempDir Path dir) throws IOException {
            GeneratedNetwork network = network(DemoNetworkGenerator.Parameters.DEFAULT_SEED);
            network.writeTo(dir);
            List<Path> written = network.writeTo(dir);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                        .containsExactlyElementsOf(GeneratedNetwork.FILES.stream().sorted().toList());
            }
            assertThat(written).extracting(p -> p.getFileName().toString())
                    .containsExactlyElementsOf(GeneratedNetwork.FILES);
        }
    }

    /** The seed documents' figures, which must hold for any seed. */
    @Nested
    class Calibration {

        @ParameterizedTest
        @ValueSource(longs = {DemoNetworkGenerator.Parameters.DEFAULT_SEED, 1, 42})
        void tamaMembersMatchTheSeedFigures(long seed) {
            View v = view(seed);
            assertThat(v.count("TAMA", ActorKind.COMPANY)).isEqualTo(280);
            assertThat(v.count("TAMA", ActorKind.UNIVERSITY)).isEqualTo(28);
            assertThat(v.count("TAMA", ActorKind.RESEARCH_INSTITUTE)).isEqualTo(3);
            assertThat(v.count("TAMA", ActorKind.INCUBATOR)).isEqualTo(4);
            assertThat(v.members("TAMA", a -> a.kind() == ActorKind.GOVERNMENT && a.name().contains("City Government")))
                    .hasSize(17);
            long fundSupplyEtc = v.members("TAMA", a -> EnumSet.of(ActorKind.FINANCIER, ActorKind.TLO,
                    ActorKind.SUPPORT_ORGANIZATION, ActorKind.TRADING_FIRM, ActorKind.PROFESSIONAL).contains(a.kind())
                    && !a.id().equals("tama-so-01")).size();
            assertThat(fundSupplyEtc).isEqualTo(62);
            assertThat(v.actors.get("tama-so-01").name()).startsWith("TAMA Industrial Vitalization Association");
            assertThat(v.members("TAMA", a -> a.kind() == ActorKind.COMPANY).stream().map(Actor::industry).distinct())
                    .contains("precision machinery", "electronics", "software");
        }

        @ParameterizedTest
        @ValueSource(longs = {DemoNetworkGenerator.Parameters.DEFAULT_SEED, 1, 42})
        void tamaCoordinatorsWereDispatched289TimesTo55FirmsInFiscal2002(long seed) {
            View v = view(seed);
            List<Tie> dispatches = v.ties(TieKind.COORDINATION)
                    .filter(t -> v.kind(t.sourceId()) == ActorKind.COORDINATOR && v.in(t.sourceId(), "TAMA"))
                    .filter(t -> v.kind(t.targetId()) == ActorKind.COMPANY && v.in(t.targetId(), "TAMA"))
                    .filter(t -> !t.since().isBefore(FY2002_START) && !t.since().isAfter(FY2002_END))
                    .toList();
            assertThat(dispatches.stream().mapToDouble(Tie::weight).sum()).isEqualTo(289);
            assertThat(dispatches.stream().map(Tie::targetId).distinct()).hasSize(55);
        }

        @ParameterizedTest
        @ValueSource(longs = {DemoNetworkGenerator.Parameters.DEFAULT_SEED, 1, 42})
        void tamaFormedMoreThan40AlliancesByMarch2004(long seed) {
            View v = view(seed);
            long alliances = v.ties(TieKind.ALLIANCE)
                    .filter(t -> !t.since().isAfter(MARCH_2004))
                    .filter(t -> v.kind(t.sourceId()) == ActorKind.COMPANY && v.kind(t.targetId()) == ActorKind.COMPANY)
                    .filter(t -> v.in(t.sourceId(), "TAMA") && v.in(t.targetId(), "TAMA"))
                    .count();
            assertThat(alliances).isBetween(41L, 50L);
        }

        @ParameterizedTest
        @ValueSource(longs = {DemoNetworkGenerator.Parameters.DEFAULT_SEED, 1, 42})
        void hokkaidoHas16UniversitiesAbout300ItAndBioSmesAnd29UniversitySpinOffs(long seed) {
            View v = view(seed);
            assertThat(v.count("HOKKAIDO", ActorKind.UNIVERSITY)).isEqualTo(16);
            List<Actor> smes = v.members("HOKKAIDO", a -> a.kind() == ActorKind.COMPANY && Boolean.TRUE.equals(a.sme()));
            assertThat(smes).hasSize(300);
            assertThat(smes).extracting(Actor::industry).containsOnly("software", "biotechnology", "food & agri-bio");
            List<Tie> spinOffs = v.ties(TieKind.SPIN_OFF)
                    .filter(t -> v.kind(t.sourceId()) == ActorKind.UNIVERSITY && v.in(t.sourceId(), "HOKKAIDO"))
                    .toList();
            assertThat(spinOffs).hasSize(29);
            assertThat(spinOffs).allSatisfy(t -> {
                assertThat(v.in(t.targetId(), "HOKKAIDO")).isTrue();
                assertThat(v.kind(t.targetId())).isEqualTo(ActorKind.COMPANY);
                assertThat(t.since()).isBetween(APRIL_2001, MARCH_2004);
                assertThat(v.actors.get(t.targetId()).founded()).isEqualTo(t.since().getYear());
            });
        }

        @ParameterizedTest
        @ValueSource(longs = {DemoNetworkGenerator.Parameters.DEFAULT_SEED, 1, 42})
        void kinkiHas36Universities220Smes130JointProjectsAnd15BioVentures(long seed) {
            View v = view(seed);
            assertThat(v.count("KINKI-BIO", ActorKind.UNIVERSITY)).isEqualTo(36);
            assertThat(v.members("KINKI-BIO", a -> a.kind() == ActorKind.COMPANY && Boolean.TRUE.equals(a.sme())))
                    .hasSize(220);
            Set<String> early = v.batch.activities().stream()
                    .filter(a -> a.kind() == ActivityKind.JOINT_RD_PROJECT && a.id().startsWith("kinki-"))
                    .filter(a -> !a.start().isBefore(APRIL_2001) && !a.start().isAfter(MARCH_2004))
                    .map(Activity::id).collect(Collectors.toSet());
            assertThat(early).hasSize(130);
            Map<String, List<Participation>> parts = v.batch.participations().stream()
                    .filter(p -> early.contains(p.activityId()))
                    .collect(Collectors.groupingBy(Participation::activityId));
            assertThat(parts).hasSize(130);
            assertThat(parts.values()).allSatisfy(ps -> {
                assertThat(ps).anyMatch(p -> v.kind(p.actorId()).isKnowledgeSource());
                assertThat(ps).anyMatch(p -> v.kind(p.actorId()) == ActorKind.COMPANY);
                assertThat(ps).allMatch(p -> v.in(p.actorId(), "KINKI-BIO"));
            });
            List<Tie> bioVentures = v.ties(TieKind.SPIN_OFF)
                    .filter(t -> v.in(t.targetId(), "KINKI-BIO") && v.kind(t.sourceId()).isKnowledgeSource())
                    .toList();
            assertThat(bioVentures).hasSize(15);
            assertThat(bioVentures).allSatisfy(t -> {
                assertThat(v.actors.get(t.targetId()).industry()).isEqualTo("biotechnology");
                assertThat(t.since()).isBetween(APRIL_2001, MARCH_2004);
            });
        }

        @ParameterizedTest
        @ValueSource(longs = {DemoNetworkGenerator.Parameters.DEFAULT_SEED, 1, 42})
        void overseasPartnersAndOtherJapaneseClustersAreTied(long seed) {
            View v = view(seed);
            assertThat(v.members("VENETO", a -> true)).isNotEmpty().allMatch(a -> "IT".equals(a.country()));
            assertThat(v.members("PITTSBURGH", a -> true)).isNotEmpty().allMatch(a -> "US".equals(a.country()));
            assertThat(v.members("BERLIN", a -> true)).isNotEmpty().allMatch(a -> "DE".equals(a.country()));
            assertThat(v.tiesBetween("TAMA", "VENETO")).isGreaterThanOrEqualTo(5);
            assertThat(v.tiesBetween("KINKI-BIO", "PITTSBURGH")).isGreaterThanOrEqualTo(3);
            assertThat(v.tiesBetween("KINKI-BIO", "BERLIN")).isGreaterThanOrEqualTo(3);
            long betweenJapanese = 0;
            for (int i = 0; i < JAPANESE.size(); i++) {
                for (int j = i + 1; j < JAPANESE.size(); j++) {
                    betweenJapanese += v.tiesBetween(JAPANESE.get(i), JAPANESE.get(j));
                }
            }
            assertThat(betweenJapanese).isGreaterThanOrEqualTo(20);
            assertThat(v.batch.actors().stream().filter(a -> "KR".equals(a.country())))
                    .allSatisfy(a -> assertThat(v.degree(a.id())).isPositive());
        }
    }

    @Nested
    class Shape {

        @Test
        void everyKindOfActorTieActivityAndClusterAppears() {
            NetworkBatch b = batch();
            assertThat(b.actors().stream().map(Actor::kind).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(ActorKind.values());
            assertThat(b.ties().stream().map(Tie::kind).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(TieKind.values()).filter(TieKind::storable).toList());
            assertThat(b.activities().stream().map(Activity::kind).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(ActivityKind.values());
            assertThat(b.clusters().stream().map(Cluster::type).filter(t -> t != null).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(ClusterType.values());
        }

        @Test
        void everyReferenceResolvesAndEveryIdIsUnique() {
            NetworkBatch b = batch();
            Set<String> actorIds = ids(b.actors().stream().map(Actor::id).toList());
            Set<String> clusterIds = ids(b.clusters().stream().map(Cluster::id).toList());
            Set<String> activityIds = ids(b.activities().stream().map(Activity::id).toList());
            ids(b.ties().stream().map(Tie::id).toList());
            assertThat(b.ties()).allSatisfy(t -> assertThat(actorIds).contains(t.sourceId(), t.targetId()));
            assertThat(b.memberships()).allSatisfy(m -> {
                assertThat(actorIds).contains(m.actorId());
                assertThat(clusterIds).contains(m.clusterId());
            });
            assertThat(b.participations()).allSatisfy(p -> {
                assertThat(activityIds).contains(p.activityId());
                assertThat(actorIds).contains(p.actorId());
            });
            ids(b.participations().stream().map(p -> p.activityId() + "|" + p.actorId()).toList());
            ids(b.memberships().stream().map(m -> m.actorId() + "|" + m.clusterId()).toList());
        }

        private Set<String> ids(Collection<String> ids) {
            Set<String> unique = new HashSet<>(ids);
            assertThat(unique).as("ids are unique").hasSameSizeAs(ids);
            return unique;
        }

        @Test
        void idsAreStableReadablePatterns() {
            NetworkBatch b = batch();
            assertThat(b.actors()).extracting(Actor::id)
                    .allMatch(id -> id.matches("[a-z]+-(co|uni|ri|tlo|fin|crd|gov|so|inc|tr|pro)-\\d{2,3}"))
                    .contains("tama-co-001", "tama-co-280", "tama-uni-01", "hok-co-303", "kinki-uni-36");
            assertThat(b.ties()).extracting(Tie::id).allMatch(id -> id.matches("tie-\\d{5}"));
            assertThat(b.activities()).extracting(Activity::id)
                    .allMatch(id -> id.matches("[a-z]+-(rd|con|gr|ev|sem|bm)-\\d{3}"));
        }

        @Test
        void everythingIsLabelledSynthetic() {
            NetworkBatch b = batch();
            // "Name (synthetic)", or for the actors with Japanese names "名前 (Romanised Name, synthetic)".
            assertThat(b.actors()).allMatch(a -> a.name().matches(".+ \\((.+, )?synthetic\\)"), "labelled synthetic");
            assertThat(b.activities()).allMatch(a -> a.name().endsWith(" (synthetic)"));
            assertThat(b.clusters()).allSatisfy(c -> {
                assertThat(c.name()).contains("synthetic");
                assertThat(c.description()).startsWith("SYNTHETIC demo data");
            });
        }

        @Test
        void everyDateLiesInThePolicyPhasesAndEndsFollowStarts() {
            NetworkBatch b = batch();
            assertThat(b.ties()).allSatisfy(t -> {
                assertThat(t.since()).isBetween(FIRST_DAY, LAST_DAY);
                if (t.until() != null) {
                    assertThat(t.until()).isBetween(t.since(), LAST_DAY);
                }
            });
            assertThat(b.memberships()).allSatisfy(m -> {
                assertThat(m.since()).isBetween(FIRST_DAY, LAST_DAY);
                if (m.until() != null) {
                    assertThat(m.until()).isAfterOrEqualTo(m.since());
                }
            });
            assertThat(b.activities()).allSatisfy(a -> {
                assertThat(a.start()).isBetween(FIRST_DAY, LAST_DAY);
                if (a.end() != null) {
                    assertThat(a.end()).isAfterOrEqualTo(a.start());
                }
            });
            View v = view();
            assertThat(b.memberships()).allSatisfy(m -> {
                Integer founded = v.actors.get(m.actorId()).founded();
                if (founded != null) {
                    assertThat(founded).isLessThanOrEqualTo(m.since().getYear());
                }
            });
        }

        @Test
        void someTiesAndMembershipsEnd() {
            NetworkBatch b = batch();
            assertThat(b.ties().stream().filter(t -> t.until() != null).count())
                    .isBetween(b.ties().size() / 50L, b.ties().size() / 5L);
            assertThat(b.memberships()).anyMatch(m -> m.until() != null);
        }

        @Test
        void firmsCarryTheAttributesMatchmakingNeeds() {
            List<Actor> firms = batch().actors().stream().filter(a -> a.kind() == ActorKind.COMPANY).toList();
            assertThat(firms).allSatisfy(f -> {
                assertThat(f.industry()).isNotBlank();
                assertThat(f.region()).isNotBlank();
                assertThat(f.city()).isNotBlank();
                assertThat(f.country()).matches("[A-Z]{2}");
                assertThat(f.location()).isNotNull();
                assertThat(f.founded()).isBetween(1900, 2020);
                assertThat(f.employees()).isPositive();
                assertThat(f.sme()).isNotNull();
                assertThat(f.technologies()).isNotEmpty();
                assertThat(f.offers()).isNotEmpty();
                assertThat(f.seeks()).isNotEmpty();
            });
            assertThat(firms).filteredOn(f -> Boolean.TRUE.equals(f.sme())).allMatch(f -> f.employees() <= 300);
        }

        @Test
        void whatFirmsSeekIsOfferedByOthers() {
            List<Actor> actors = batch().actors();
            Map<String, Set<String>> offeredBy = new HashMap<>();
            actors.forEach(a -> a.offers().forEach(o -> offeredBy.computeIfAbsent(o, k -> new HashSet<>()).add(a.id())));
            List<Actor> firms = actors.stream().filter(a -> a.kind() == ActorKind.COMPANY).toList();
            long matched = firms.stream().filter(f -> f.seeks().stream()
                    .anyMatch(s -> offeredBy.getOrDefault(s, Set.of()).stream().anyMatch(id -> !id.equals(f.id()))))
                    .count();
            assertThat(matched).isEqualTo(firms.size());
        }

        @ParameterizedTest
        @ValueSource(strings = {"TAMA:35.3:36.1:139.1:139.7", "HOKKAIDO:41.6:44.0:140.6:144.5",
                "KINKI-BIO:34.1:35.2:134.5:136.1", "HAMAMATSU:34.6:35.6:137.3:138.1",
                "SHIKOKU:33.4:34.5:132.6:134.8", "VENETO:45.3:46.3:10.9:12.4"})
        void actorsAreLocatedAroundTheirRealRegion(String box) {
            String[] f = box.split(":");
            View v = view();
            assertThat(v.members(f[0], a -> true)).isNotEmpty().allSatisfy(a -> {
                assertThat(a.location().latitude()).isBetween(Double.parseDouble(f[1]), Double.parseDouble(f[2]));
                assertThat(a.location().longitude()).isBetween(Double.parseDouble(f[3]), Double.parseDouble(f[4]));
            });
        }
    }

    @Nested
    class Structure {

        @ParameterizedTest
        @ValueSource(longs = {DemoNetworkGenerator.Parameters.DEFAULT_SEED, 1, 42})
        void degreesAreHeavyTailed(long seed) {
            View v = view(seed);
            int[] degrees = v.batch.actors().stream().mapToInt(a -> v.degree(a.id())).filter(d -> d > 0).sorted().toArray();
            int median = degrees[degrees.length / 2];
            int max = degrees[degrees.length - 1];
            assertThat(max).isGreaterThanOrEqualTo(12 * median);
            int topCount = degrees.length / 20;
            long topEnds = Arrays.stream(degrees, degrees.length - topCount, degrees.length).sum();
            assertThat((double) topEnds / Arrays.stream(degrees).sum()).as("share of the top 5 %").isGreaterThan(0.25);
        }

        @ParameterizedTest
        @ValueSource(longs = {DemoNetworkGenerator.Parameters.DEFAULT_SEED, 1, 42})
        void isolatedPendantAndBankOnlyFirmsExist(long seed) {
            View v = view(seed);
            List<Actor> firms = v.memberFirms();
            long isolated = firms.stream().filter(f -> v.degree(f.id()) == 0).count();
            long pendant = firms.stream().filter(f -> v.degree(f.id()) == 1).count();
            assertThat(isolated).isBetween(firms.size() / 10L, firms.size() / 3L);
            assertThat(pendant).isGreaterThanOrEqualTo(firms.size() / 20L);
            Map<String, List<Tie>> tiesOf = new HashMap<>();
            v.batch.ties().forEach(t -> {
                tiesOf.computeIfAbsent(t.sourceId(), k -> new ArrayList<>()).add(t);
                tiesOf.computeIfAbsent(t.targetId(), k -> new ArrayList<>()).add(t);
            });
            long bankOnly = firms.stream().filter(f -> tiesOf.containsKey(f.id()) && tiesOf.get(f.id()).stream()
                    .allMatch(t -> t.kind() == TieKind.FINANCING && t.targetId().equals(f.id())
                            && v.actors.get(t.sourceId()).name().matches(".*(Bank|Credit Union).*"))).count();
            assertThat(bankOnly).isGreaterThanOrEqualTo(firms.size() / 50L);
        }

        @ParameterizedTest
        @ValueSource(longs = {DemoNetworkGenerator.Parameters.DEFAULT_SEED, 1, 42})
        void moreTiesFormPerYearInEachLaterPolicyPhase(long seed) {
            Map<Integer, Integer> perYear = network(seed).summary().tiesByYear();
            double phase1 = perYearBetween(perYear, 2001, 2005);
            double phase2 = perYearBetween(perYear, 2006, 2010);
            double phase3 = perYearBetween(perYear, 2011, 2020);
            assertThat(phase2).isGreaterThan(phase1 * 1.05);
            assertThat(phase3).isGreaterThan(phase2 * 1.15);
            assertThat(perYear.keySet()).allMatch(y -> y >= 2001 && y <= 2020);
        }

        private double perYearBetween(Map<Integer, Integer> perYear, int from, int to) {
            int sum = 0;
            for (int y = from; y <= to; y++) {
                sum += perYear.getOrDefault(y, 0);
            }
            return (double) sum / (to - from + 1);
        }

        @Test
        void coordinatorsUniversitiesAndSupportBodiesAreAmongTheBrokers() {
            View v = view();
            List<String> ids = v.batch.actors().stream().map(Actor::id).toList();
            double[] scores = betweenness(ids, v.neighbours);
            List<ActorKind> topKinds = java.util.stream.IntStream.range(0, ids.size()).boxed()
                    .sorted((a, b) -> Double.compare(scores[b], scores[a]))
                    .limit(30).map(i -> v.kind(ids.get(i))).toList();
            assertThat(topKinds).contains(ActorKind.COORDINATOR, ActorKind.UNIVERSITY, ActorKind.SUPPORT_ORGANIZATION);
        }

        @Test
        void testBetweennessMatchesAHandComputedPath() {
            // a - b - c: only b lies on a shortest path between others (a, c), once per direction.
            double[] scores = betweenness(List.of("a", "b", "c"),
                    Map.of("a", Set.of("b"), "b", Set.of("a", "c"), "c", Set.of("b")));
            assertThat(scores).containsExactly(0, 2, 0);
        }

        /** Brandes (2001) on the unweighted graph, summed over ordered pairs; only to rank the brokers. */
        private double[] betweenness(List<String> ids, Map<String, Set<String>> neighbours) {
            int n = ids.size();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < n; i++) {
                index.put(ids.get(i), i);
            }
            int[][] adjacency = new int[n][];
            for (int i = 0; i < n; i++) {
                adjacency[i] = neighbours.getOrDefault(ids.get(i), Set.of()).stream().mapToInt(index::get).toArray();
            }
            double[] score = new double[n];
            int[] distance = new int[n];
            double[] paths = new double[n];
            double[] dependency = new double[n];
            int[] order = new int[n];
            for (int s = 0; s < n; s++) {
                java.util.Arrays.fill(distance, -1);
                java.util.Arrays.fill(paths, 0);
                java.util.Arrays.fill(dependency, 0);
                distance[s] = 0;
                paths[s] = 1;
                int head = 0;
                int tail = 0;
                order[tail++] = s;
                while (head < tail) {
                    int u = order[head++];
                    for (int w : adjacency[u]) {
                        if (distance[w] < 0) {
                            distance[w] = distance[u] + 1;
                            order[tail++] = w;
                        }
                        if (distance[w] == distance[u] + 1) {
                            paths[w] += paths[u];
                        }
                    }
                }
                for (int k = tail - 1; k > 0; k--) {
                    int w = order[k];
                    for (int u : adjacency[w]) {
                        if (distance[u] == distance[w] - 1) {
                            dependency[u] += paths[u] / paths[w] * (1 + dependency[w]);
                        }
                    }
                    score[w] += dependency[w];
                }
            }
            return score;
        }

        @Test
        void nationalBodiesBridgeClustersAndCoordinatorsBridgeIndustries() {
            View v = view();
            Set<String> reached = v.neighbours.get("nat-ri-01").stream()
                    .flatMap(n -> v.clustersOf.getOrDefault(n, Set.of()).stream()).collect(Collectors.toSet());
            assertThat(reached).containsAll(JAPANESE);
            assertThat(v.batch.actors()).filteredOn(a -> a.kind() == ActorKind.COORDINATOR)
                    .anySatisfy(c -> assertThat(v.neighbours.get(c.id()).stream()
                            .map(n -> v.actors.get(n).industry()).filter(i -> i != null).distinct().count())
                            .isGreaterThanOrEqualTo(3));
            long firmPairs = v.batch.ties().stream()
                    .filter(t -> v.kind(t.sourceId()) == ActorKind.COMPANY && v.kind(t.targetId()) == ActorKind.COMPANY)
                    .count();
            long crossIndustry = v.batch.ties().stream()
                    .filter(t -> v.kind(t.sourceId()) == ActorKind.COMPANY && v.kind(t.targetId()) == ActorKind.COMPANY)
                    .filter(t -> !v.actors.get(t.sourceId()).industry().equals(v.actors.get(t.targetId()).industry()))
                    .count();
            assertThat((double) crossIndustry / firmPairs).isBetween(0.2, 0.7);
        }

        /** The evaluation survey's collaboration area: shares of member firms in each kind of collaboration. */
        @ParameterizedTest
        @ValueSource(longs = {DemoNetworkGenerator.Parameters.DEFAULT_SEED, 1, 42})
        void collaborationRatiosAreMeaningfulAndHigherWithAcademiaInScienceBasedClusters(long seed) {
            View v = view(seed);
            Set<TieKind> collaboration = EnumSet.of(TieKind.JOINT_RESEARCH, TieKind.SUPPLY, TieKind.ALLIANCE,
                    TieKind.TECHNOLOGY_TRANSFER, TieKind.SPIN_OFF);
            Set<String> industryIndustry = new HashSet<>();
            Set<String> industryAcademia = new HashSet<>();
            for (Tie t : v.batch.ties()) {
                if (!collaboration.contains(t.kind())) {
                    continue;
                }
                for (String[] ends : List.of(new String[] {t.sourceId(), t.targetId()}, new String[] {t.targetId(), t.sourceId()})) {
                    if (v.kind(ends[0]) == ActorKind.COMPANY) {
                        if (v.kind(ends[1]) == ActorKind.COMPANY) {
                            industryIndustry.add(ends[0]);
                        } else if (v.kind(ends[1]).isKnowledgeSource()) {
                            industryAcademia.add(ends[0]);
                        }
                    }
                }
            }
            Map<String, Double> academiaShare = new HashMap<>();
            for (String cluster : JAPANESE) {
                List<Actor> firms = v.members(cluster, a -> a.kind() == ActorKind.COMPANY);
                double ii = firms.stream().filter(f -> industryIndustry.contains(f.id())).count() / (double) firms.size();
                double ia = firms.stream().filter(f -> industryAcademia.contains(f.id())).count() / (double) firms.size();
                assertThat(ii).as(cluster + " industry-industry").isBetween(0.3, 0.9);
                assertThat(ia).as(cluster + " industry-academia").isBetween(0.2, 0.8);
                academiaShare.put(cluster, ia);
            }
            assertThat((academiaShare.get("HOKKAIDO") + academiaShare.get("KINKI-BIO")) / 2)
                    .isGreaterThan(academiaShare.get("TAMA"));
        }

        @Test
        void aShareOfIntroductionsTurnsIntoCollaboration() {
            View v = view();
            Set<String> collaborating = v.batch.ties().stream()
                    .filter(t -> t.kind() == TieKind.JOINT_RESEARCH || t.kind() == TieKind.ALLIANCE || t.kind() == TieKind.SUPPLY)
                    .map(t -> pair(t.sourceId(), t.targetId())).collect(Collectors.toSet());
            List<Tie> introductions = v.ties(TieKind.INTRODUCTION).toList();
            long followed = introductions.stream().filter(t -> collaborating.contains(pair(t.sourceId(), t.targetId()))).count();
            assertThat((double) followed / introductions.size()).isBetween(0.2, 0.5);
        }

        private String pair(String a, String b) {
            return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        }
    }

    @Nested
    class Csv {

        @Test
        void filesHaveTheDocumentedHeadersAndOneRowPerRecord(@TempDir Path dir) throws IOException {
            GeneratedNetwork network = network(DemoNetworkGenerator.Parameters.DEFAULT_SEED);
            network.writeTo(dir);
            NetworkBatch b = network.batch();
            Map<String, List<String>> headers = Map.of(
                    "clusters.csv", List.of("id", "name", "region", "country", "type", "description"),
                    "actors.csv", List.of("id", "name", "kind", "industry", "region", "city", "country", "latitude",
                            "longitude", "founded", "employees", "sme", "technologies", "offers", "seeks"),
                    "ties.csv", List.of("id", "source", "target", "kind", "since", "until", "weight"),
                    "memberships.csv", List.of("actor", "cluster", "since", "until"),
                    "activities.csv", List.of("id", "name", "kind", "start", "end", "programme", "fundingScheme"),
                    "participations.csv", List.of("activity", "actor", "role", "contribution"));
            Map<String, Integer> sizes = Map.of("clusters.csv", b.clusters().size(), "actors.csv", b.actors().size(),
                    "ties.csv", b.ties().size(), "memberships.csv", b.memberships().size(),
                    "activities.csv", b.activities().size(), "participations.csv", b.participations().size());
            for (String file : GeneratedNetwork.FILES) {
                CsvTable table = CsvTable.read(dir.resolve(file));
                assertThat(table.header()).as(file).isEqualTo(headers.get(file));
                assertThat(table.rows()).as(file).hasSize(sizes.get(file));
            }
            DemoNetworkSummary s = network.summary();
            assertThat(List.of(s.clusters(), s.actors(), s.ties(), s.memberships(), s.activities(), s.participations()))
                    .containsExactly(b.clusters().size(), b.actors().size(), b.ties().size(), b.memberships().size(),
                            b.activities().size(), b.participations().size());
        }

        @Test
        void actorsAndTiesRoundTripThroughTheFiles(@TempDir Path dir) throws IOException {
            GeneratedNetwork network = network(DemoNetworkGenerator.Parameters.DEFAULT_SEED);
            network.writeTo(dir);
            List<Map<String, String>> actorRows = CsvTable.read(dir.resolve("actors.csv")).rows();
            List<Actor> actors = network.batch().actors();
            for (int i = 0; i < actors.size(); i++) {
                Actor a = actors.get(i);
                Map<String, String> row = actorRows.get(i);
                assertThat(row.get("id")).isEqualTo(a.id());
                assertThat(row.get("name")).isEqualTo(a.name());
                assertThat(row.get("kind")).isEqualTo(a.kind().name());
                assertThat(row.get("industry")).isEqualTo(a.industry() == null ? "" : a.industry());
                assertThat(Double.parseDouble(row.get("latitude"))).isEqualTo(a.location().latitude());
                assertThat(Double.parseDouble(row.get("longitude"))).isEqualTo(a.location().longitude());
                assertThat(row.get("sme")).isEqualTo(a.sme() == null ? "" : a.sme().toString());
                assertThat(keywords(row.get("technologies"))).isEqualTo(a.technologies());
                assertThat(keywords(row.get("offers"))).isEqualTo(a.offers());
                assertThat(keywords(row.get("seeks"))).isEqualTo(a.seeks());
            }
            List<Map<String, String>> tieRows = CsvTable.read(dir.resolve("ties.csv")).rows();
            List<Tie> ties = network.batch().ties();
            for (int i = 0; i < ties.size(); i++) {
                Tie t = ties.get(i);
                Map<String, String> row = tieRows.get(i);
                assertThat(row.get("id")).isEqualTo(t.id());
                assertThat(row.get("source") + ">" + row.get("target")).isEqualTo(t.sourceId() + ">" + t.targetId());
                assertThat(LocalDate.parse(row.get("since"))).isEqualTo(t.since());
                assertThat(row.get("until")).isEqualTo(t.until() == null ? "" : t.until().toString());
                assertThat(row.get("weight").isEmpty() ? 1.0 : Double.parseDouble(row.get("weight"))).isEqualTo(t.weight());
            }
        }

        private List<String> keywords(String field) {
            return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
        }

        @Test
        void namesWithCommasAndQuotesAreQuotedAndTheFilesAreUtf8WithLfLineEnds(@TempDir Path dir) throws IOException {
            network(DemoNetworkGenerator.Parameters.DEFAULT_SEED).writeTo(dir);
            byte[] bytes = Files.readAllBytes(dir.resolve("actors.csv"));
            assertThat(bytes[0]).as("no byte-order mark").isNotEqualTo((byte) 0xEF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("\r")
                    .contains("\"Occhialeria \"\"Dolomiti\"\" S.n.c. (synthetic)\"")
                    .contains(",\"Export Veneto, Società Cooperativa (synthetic)\",")
                    .contains("Spree-Universitätsmedizin (synthetic)");
            assertThat(batch().actors()).anyMatch(a -> a.name().contains(",")).anyMatch(a -> a.name().contains("\""));
        }

        @ParameterizedTest
        @ValueSource(strings = {"plain", "Co., Ltd.", "say \"hi\"", "two\nlines", "cr\rhere", "Università, \"Brenta\""})
        void awkwardFieldsRoundTripThroughRfc4180(String value) {
            String csv = DemoCsvWriter.render(List.of("id", "name"), List.of(List.of("x-1", value)), row -> row);
            CsvTable table = CsvTable.parse(csv);
            assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.get("name")).isEqualTo(value));
        }

        @Test
        void onlyFieldsThatNeedItAreQuoted() {
            assertThat(DemoCsvWriter.quote("plain text")).isEqualTo("plain text");
            assertThat(DemoCsvWriter.quote("a,b")).isEqualTo("\"a,b\"");
            assertThat(DemoCsvWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
            assertThat(DemoCsvWriter.quote(null)).isEmpty();
            assertThat(DemoCsvWriter.number(3.0)).isEqualTo("3");
            assertThat(DemoCsvWriter.number(12.5)).isEqualTo("12.5");
        }
    }

    @Nested
    class Parameters {

        @ParameterizedTest
        @ValueSource(doubles = {-0.01, 0.31, Double.NaN})
        void sharesOutsideTheRangeAreRejected(double share) {
            assertThatThrownBy(() -> new DemoNetworkGenerator.Parameters(1, share, 0, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("isolated firm share");
            assertThatThrownBy(() -> new DemoNetworkGenerator.Parameters(1, 0, share, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pendant firm share");
            assertThatThrownBy(() -> new DemoNetworkGenerator.Parameters(1, 0, 0, share))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bank-only firm share");
        }

        @Test
        void defaultsUseTheDefaultSeedAndShares() {
            DemoNetworkGenerator.Parameters p = DemoNetworkGenerator.Parameters.defaults();
            assertThat(p.seed()).isEqualTo(DemoNetworkGenerator.Parameters.DEFAULT_SEED);
            assertThat(p.isolatedFirmShare()).isEqualTo(DemoNetworkGenerator.Parameters.DEFAULT_ISOLATED_FIRM_SHARE);
            assertThat(p.pendantFirmShare()).isEqualTo(DemoNetworkGenerator.Parameters.DEFAULT_PENDANT_FIRM_SHARE);
            assertThat(p.bankOnlyFirmShare()).isEqualTo(DemoNetworkGenerator.Parameters.DEFAULT_BANK_ONLY_FIRM_SHARE);
        }

        @Test
        void aLargerIsolatedShareLeavesMoreFirmsWithoutTies() {
            int few = new DemoNetworkGenerator(new DemoNetworkGenerator.Parameters(5, 0, 0, 0)).generate().summary().untiedMemberFirms();
            int many = new DemoNetworkGenerator(new DemoNetworkGenerator.Parameters(5, 0.25, 0, 0)).generate().summary().untiedMemberFirms();
            assertThat(many).isGreaterThanOrEqualTo(few + 150);
        }

        @Test
        void nullParametersAreRejected() {
            assertThatThrownBy(() -> new DemoNetworkGenerator(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void mainWritesTheSixFilesIntoTheFolderGiven(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("demo");
        DemoNetworkGenerator.main(new String[] {folder.toString(), "99"});
        for (String file : GeneratedNetwork.FILES) {
            assertThat(folder.resolve(file)).isRegularFile();
        }
        assertThat(Files.readAllBytes(folder.resolve("ties.csv")))
                .isEqualTo(bytesOf(network(99).batch(), dir.resolve("again")));
    }

    private static byte[] bytesOf(NetworkBatch batch, Path dir) throws IOException {
        DemoCsvWriter.write(batch, dir);
        return Files.readAllBytes(dir.resolve("ties.csv"));
    }

    @Test
    void summaryCountsMatchTheRecords() {
        GeneratedNetwork network = network(DemoNetworkGenerator.Parameters.DEFAULT_SEED);
        DemoNetworkSummary s = network.summary();
        NetworkBatch b = network.batch();
        assertThat(s.tiesByKind().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(b.ties().size());
        assertThat(s.tiesByYear().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(b.ties().size());
        assertThat(s.membersByCluster().get("TAMA").get(ActorKind.COMPANY)).isEqualTo(280);
        View v = view();
        assertThat(s.untiedMemberFirms()).isEqualTo((int) b.memberships().stream().map(Membership::actorId).distinct()
                .filter(id -> v.kind(id) == ActorKind.COMPANY && v.degree(id) == 0).count());
        assertThat(s.describe()).contains("members of TAMA").contains("ties by year");
    }
}
