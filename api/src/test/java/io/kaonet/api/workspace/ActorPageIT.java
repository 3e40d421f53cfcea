package io.kaonet.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.BrowserPageTest;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.core.model.Tie;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.writes.NetworkWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import io.kaonet.api.matchmaking.NetworkRankings;
import io.kaonet.core.model.Scope;
import io.kaonet.queries.matchmaking.RankingStore;
import java.util.Locale;

/**
 * The actor page in Chromium against the API: it lists the API's candidates in the API's order with
 * their reasons; a coordinator records an introduction with one click and its outcome with an
 * explicit direction; viewers and anonymous callers see no write control and cannot write; bad input
 * is reported on the page and changes nothing. Writes touch only this test's own actors, removed after.
 */
class ActorPageIT extends BrowserPageTest {

    private static final String DEMO_ACTOR = "tama-co-010";
    private static final String COORDINATOR = "pg-it-crd";
    private static final String FIRM = "pg-it-firm";
    private static final String PARTNER = "pg-it-partner";
    private static final String BANK = "pg-it-bank";
    private static final String CANDIDATES = """
            query($id: ID!) { network { candidates(actorId: $id, first: 10) { totalCount
              edges { node { target { id name } explanation { distance sharedPartners { name } } } } } } }""";

    @Autowired
    NetworkWriter writer;
    @Autowired
    Neo4jConnection connection;
    @Autowired
    NetworkRankings rankings;

    @AfterEach
    void removeOwnActors() {
        writer.deleteActors(List.of(COORDINATOR, FIRM, PARTNER, BANK));
    }

    /** A firm with one partner, a bank working with that partner, and a coordinator: the bank is a candidate. */
    private void ownActors() {
        LocalDate since = LocalDate.of(2015, 4, 1);
        writer.write(new NetworkBatch(List.of(Actor.of(COORDINATOR, "Page Test Coordinator", ActorKind.COORDINATOR),
                Actor.of(FIRM, "Page Test Works", ActorKind.COMPANY),
                Actor.of(PARTNER, "Page Test University", ActorKind.UNIVERSITY),
                Actor.of(BANK, "Page Test Shinkin Bank", ActorKind.FINANCIER)),
                List.of(new Tie(null, FIRM, PARTNER, TieKind.JOINT_RESEARCH, since, null, 1, null),
                        new Tie(null, BANK, PARTNER, TieKind.FINANCING, since, null, 1, null),
                        new Tie(null, COORDINATOR, FIRM, TieKind.COORDINATION, since, null, 1, null)),
                List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void listsTheApisCandidatesInItsOrderWithTheirReasonsInPlainWords() {
        open("/workspace/actor.html?id=" + DEMO_ACTOR);
        waitForPage();
        assertThat(js("return window.kaonetActor.error")).isNull();
        Map<String, Object> api = graphQl.document(CANDIDATES).variable("id", DEMO_ACTOR).execute()
                .path("network.candidates").entity(Map.class).get();
        List<Map<String, Object>> edges = nodes(api);
        List<String> ids = edges.stream().map(e -> (String) ((Map<?, ?>) e.get("target")).get("id")).toList();
        assertThat(texts("#candidate-list > li .name")).as("names listed")
                .containsExactlyElementsOf(edges.stream().map(e -> (String) ((Map<?, ?>) e.get("target")).get("name")).toList());
        assertThat(browser().findElements(By.cssSelector("#candidate-list > li")).stream()
                .map(li -> li.getAttribute("data-candidate")).toList()).isEqualTo(ids);

        int total = (Integer) api.get("totalCount");
        List<String> ranks = texts("#candidate-list > li .rank");
        assertThat(ranks.get(0)).startsWith("No. 1 of " + String.format("%,d", total));
        for (int i = 0; i < edges.size(); i++) {
            Map<?, ?> explanation = (Map<?, ?>) edges.get(i).get("explanation");
            List<?> shared = (List<?>) explanation.get("sharedPartners");
            String reasons = browser().findElements(By.cssSelector("#candidate-list > li")).get(i)
                    .findElement(By.cssSelector("ul.why")).getText();
            if (Integer.valueOf(2).equals(explanation.get("distance")) && !shared.isEmpty()) {
                assertThat(reasons).as("reasons of %s", ids.get(i)).contains((String) ((Map<?, ?>) shared.get(0)).get("name"));
            }
            assertThat(reasons).doesNotContainIgnoringCase("constraint").doesNotContain("community").doesNotContain(" it ");
        }
        assertThat(browser().findElements(By.cssSelector("button.record")).stream().filter(WebElement::isDisplayed))
                .as("write controls for an anonymous reader").isEmpty();
        assertThat(inView(browser().findElement(By.id("candidates-title")))).as("candidates visible at 1366×768").isTrue();
        assertThat(inView(browser().findElement(By.cssSelector("#candidate-list > li")))).isTrue();
        browser().manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
        assertThat(inView(browser().findElement(By.cssSelector("#candidate-list > li")))).as("at 1920×1080").isTrue();
        browser().manage().window().setSize(SMALL_SCREEN);
        assertEverythingCameFromThisServer();
        logFirstPaint("the actor page");
        screenshot("actor-page.png");
    }

    @Test
    void thePartnersNamesAreInsideTheDrawingAndNeverOverlapAtRadiusOneAndTwo() {
        open("/workspace/actor.html?id=" + DEMO_ACTOR);
        waitForPage();
        for (String radius : List.of("1", "2")) {
            browser().findElement(By.cssSelector("button[data-radius='" + radius + "']")).click();
            waitFor("radius " + radius, "return document.getElementById('ego').dataset.radius === '" + radius + "'");
            Map<?, ?> names = (Map<?, ?>) js("""
                    const cy = window.kaonetEgo;
                    const opts = { includeNodes: false, includeEdges: false, includeLabels: true };
                    const named = cy.nodes().filter((n) => n.style('label'));
                    const boxes = named.map((n) => [n.id(), n.renderedBoundingBox(opts)]);
                    const overlaps = [];
                    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                      const [a, p] = boxes[i]; const [b, q] = boxes[j];
                      if (p.x1 < q.x2 && p.x2 > q.x1 && p.y1 < q.y2 && p.y2 > q.y1) overlaps.push(a + ' ' + b);
                    }
                    const outside = boxes.filter(([, r]) => r.x1 < 0 || r.y1 < 0 || r.x2 > cy.width() || r.y2 > cy.height())
                      .map(([id]) => id);
                    const ring = cy.nodes().filter((n) => n.data('ring') === 1);
                    return { overlaps, outside, firstRing: ring.length,
                      firstRingNamed: ring.filter((n) => n.style('label')).length };""");
            screenshot("actor-ego-radius-" + radius + ".png");
            assertThat((List<?>) names.get("overlaps")).as("overlapping names at radius %s", radius).isEmpty();
            assertThat((List<?>) names.get("outside")).as("names cut at the drawing's edge at radius %s", radius).isEmpty();
            int ring = ((Number) names.get("firstRing")).intValue();
            assertThat(ring).as("partners of " + DEMO_ACTOR).isGreaterThan(10);
            assertThat(((Number) names.get("firstRingNamed")).intValue()).as("partners named at radius %s", radius)
                    .isGreaterThanOrEqualTo(ring * 2 / 3);
        }
    }

    @Test
    void aCoordinatorRecordsAnIntroductionInOneClickAndItsOutcomeInTheStatedDirection() {
        ownActors();
        open("/workspace/actor.html?id=" + FIRM);
        signIn(Role.COORDINATOR);
        waitForPage();
        waitFor("the coordinators", "return document.querySelector('#coordinator option[value=\"" + COORDINATOR + "\"]')");
        new Select(browser().findElement(By.id("coordinator"))).selectByValue(COORDINATOR);
        // The first candidate the API offers; the pair's higher id will give (the old default was the lower).
        String other = graphQl.document(CANDIDATES).variable("id", FIRM).execute()
                .path("network.candidates.edges[0].node.target.id").entity(String.class).get();
        String giver = other.compareTo(FIRM) > 0 ? other : FIRM;
        String receiver = giver.equals(other) ? FIRM : other;
        String row = "#candidate-list > li[data-candidate='" + other + "']";
        WebElement first = browser().findElement(By.cssSelector(row));
        assertThat(first.findElements(By.cssSelector("ul.why li"))).isNotEmpty();
        guideScreenshot("coordinator-candidates.png");

        // A date in the future: refused with a clear message, nothing written.
        js("document.getElementById('record-date').value = arguments[0]", LocalDate.now().plusDays(3).toString());
        first.findElement(By.cssSelector("button.record")).click();
        waitFor("the refusal", "return document.getElementById('record-message').dataset.code");
        assertThat(browser().findElement(By.id("record-message")).getText()).contains("The date is in the future");
        assertThat(introductions(FIRM)).isEmpty();

        js("document.getElementById('record-date').value = arguments[0]", LocalDate.now().toString());
        browser().findElement(By.cssSelector(row + " button.record")).click();
        waitFor("the record", "return document.getElementById('record-message').classList.contains('ok')");
        List<Map<String, Object>> recorded = introductions(FIRM);
        assertThat(recorded).as("exactly one introduction").hasSize(1);
        assertThat(((Map<?, ?>) recorded.get(0).get("coordinator")).get("id")).isEqualTo(COORDINATOR);
        assertThat(recorded.get(0).get("date")).isEqualTo(LocalDate.now().toString());

        // The same again: a duplicate, reported, still one.
        browser().findElement(By.cssSelector(row + " button.record")).click();
        waitFor("the duplicate", "return document.getElementById('record-message').dataset.code === 'DUPLICATE'");
        assertThat(introductions(FIRM)).hasSize(1);

        String id = (String) recorded.get(0).get("id");
        WebElement form = browser().findElement(By.cssSelector("[data-introduction='" + id + "'] form.outcome"));
        new Select(form.findElement(By.name("kind"))).selectByValue("FINANCING");
        assertThat(form.findElement(By.tagName("legend")).getText()).isEqualTo("Who finances whom?");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(form.findElement(By.cssSelector(".message")).getText()).isEqualTo("Say which way it goes: who gives to whom.");
        assertThat(ties(TieKind.FINANCING, other, FIRM) + ties(TieKind.FINANCING, FIRM, other)).isZero();
        guideScreenshot("coordinator-outcome.png");

        // The higher id finances the lower: against the old lower-id default.
        form.findElement(By.cssSelector("input[name=giver][value='" + giver + "']")).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor("the outcome", "return document.getElementById('record-message').textContent === 'Outcome recorded.'");
        assertThat(ties(TieKind.FINANCING, giver, receiver)).as("one tie from the financier").isEqualTo(1);
        assertThat(ties(TieKind.FINANCING, receiver, giver)).isZero();
        assertThat(introductions(FIRM).get(0).get("status")).isEqualTo("COLLABORATION");
    }

    @Test
    void aViewerSeesNoWriteControlAndAnAnonymousPageCannotWrite() {
        ownActors();
        open("/workspace/actor.html?id=" + FIRM);
        signIn(Role.VIEWER);
        waitForPage();
        assertThat(visible("button.record, .record-bar, form.outcome, #coordinator")).as("write controls for a viewer").isZero();

        browser().findElement(By.id("sign-out")).click();
        waitFor("signed out", "return document.getElementById('who').dataset.role === 'ANONYMOUS'");
        assertThat(visible("button.record, .record-bar, form.outcome")).isZero();
        Object answer = ((org.openqa.selenium.JavascriptExecutor) browser()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                  body: JSON.stringify({ query: 'mutation($i: RecordIntroductionInput!) { recordIntroduction(input: $i) { ok } }',
                    variables: { i: { coordinatorId: arguments[0], actorIds: [arguments[1], arguments[2]], date: '2020-01-01' } } }) })
                  .then((r) => r.json()).then((b) => done(b.errors[0].extensions.code), (e) => done(String(e)));""",
                COORDINATOR, FIRM, BANK);
        assertThat(answer).isEqualTo("UNAUTHENTICATED");
        assertThat(introductions(FIRM)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void whyTheseCandidatesShowsTheRankingInUseAndItsHeldOutFiguresFromTheApi() {
        // Never fitted: the built-in weights, and the page says they were not judged here.
        Map<String, Object> unfitted = ranking();
        if (!(Boolean) unfitted.get("fitted")) {
            open("/workspace/actor.html?id=" + DEMO_ACTOR);
            waitForRanking();
            browser().findElement(By.cssSelector("details.explained summary")).click();
            assertThat(browser().findElement(By.id("ranking-summary")).getText())
                    .isEqualTo("Ranking in use on this network: Kaonet, built-in weights.");
            assertThat(browser().findElement(By.id("ranking-notes")).getText()).contains("not yet been judged");
            assertThat(browser().findElement(By.id("ranking-figures")).isDisplayed()).isFalse();
        }
        // Fitted on the whole network's history (stored, then removed so that other tests see it unfitted).
        rankings.fit(Scope.ALL);
        try {
            Map<String, Object> api = ranking();
            assertThat(api.get("fitted")).isEqualTo(true);
            open("/workspace/actor.html?id=" + DEMO_ACTOR);
            waitForRanking();
            browser().findElement(By.cssSelector("details.explained summary")).click();
            assertThat(browser().findElement(By.id("ranking-summary")).getText())
                    .isEqualTo("Ranking in use on this network: " + KIND_NAMES.get((String) api.get("ranking")) + ".");
            Map<String, Object> period = (Map<String, Object>) api.get("heldOutPeriod");
            assertThat(browser().findElement(By.id("ranking-notes")).getText()).contains(
                    String.format(Locale.ROOT, "Judged on the %,d new ties of %,d actors from %s to %s",
                            (Integer) api.get("heldOutTies"), (Integer) api.get("heldOutActors"), period.get("from"),
                            period.get("until")));
            List<Map<String, Object>> rows = (List<Map<String, Object>>) api.get("heldOut");
            List<WebElement> shown = browser().findElements(By.cssSelector("#ranking-figures tbody tr"));
            assertThat(shown).hasSameSizeAs(rows).hasSize(7);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = rows.get(i);
                List<String> cells = shown.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
                String name = KIND_NAMES.get(row.get("ranking") == null ? "RANDOM" : (String) row.get("ranking"));
                assertThat(cells.get(0)).isEqualTo((Boolean) row.get("inUse") ? name + " (in use)" : name);
                assertThat(cells.get(1)).isEqualTo(figure(row, "precisionAt10"));
                assertThat(cells.get(2)).isEqualTo(figure(row, "meanReciprocalRank"));
            }
            assertThat(browser().findElements(By.cssSelector("#ranking-figures tbody tr.in-use"))).hasSize(1);

            // Why this ranking, in plain words, from the API's decision and the rows the learnt weights did not beat.
            String reason = browser().findElement(By.id("ranking-reason")).getText();
            switch ((String) api.get("decision")) {
                case "LEARNT_BEAT_EVERY_OTHER" -> assertThat(reason).isEqualTo("Why: the weights learnt from this "
                        + "network's history beat the built-in weights and every simple rule on the later period set "
                        + "aside for judging, so they are used.");
                case "BEST_OF_THE_OTHERS" -> {
                    List<String> unbeaten = rows.subList(1, rows.size()).stream()
                            .filter(r -> !(Boolean) r.get("beatenByLearnt"))
                            .map(r -> KIND_NAMES.get(r.get("ranking") == null ? "RANDOM" : (String) r.get("ranking"))).toList();
                    Map<String, Object> inUse = rows.stream().filter(r -> (Boolean) r.get("inUse")).findFirst().orElseThrow();
                    assertThat(reason).isEqualTo(String.format(Locale.ROOT, "Why: the learnt weights did not beat %s on "
                            + "the later period set aside for judging; %s found the real new partners best there "
                            + "(MRR %.3f), so it is used.", String.join(", ", unbeaten),
                            KIND_NAMES.get((String) api.get("ranking")), (Double) inUse.get("meanReciprocalRank")));
                }
                default -> assertThat(reason).startsWith("Why: too few actors formed new ties in the two periods ("
                        + api.get("fitActors") + " and " + api.get("heldOutActors") + ";");
            }
            // The weights in use, heaviest first.
            List<Map<String, Object>> weights = new java.util.ArrayList<>((List<Map<String, Object>>) api.get("weights"));
            weights.removeIf(w -> (Double) w.get("weight") <= 0);
            weights.sort((a, b) -> Double.compare((Double) b.get("weight"), (Double) a.get("weight")));
            String heaviest = browser().findElement(By.id("ranking-weights")).getText();
            assertThat(heaviest).startsWith("What counts most in the ranking in use: ");
            for (Map<String, Object> w : weights.subList(0, Math.min(3, weights.size()))) {
                assertThat(heaviest).contains(String.format(Locale.ROOT, "(%.3f)", (Double) w.get("weight")));
            }
            // How the learnt weights were found: the fit period, the weightings tried and the one chosen.
            Map<String, Object> cv = (Map<String, Object>) api.get("crossValidation");
            Map<String, Object> chosen = (Map<String, Object>) cv.get("chosen");
            Map<String, Object> fitPeriod = (Map<String, Object>) api.get("fitPeriod");
            assertThat(browser().findElement(By.id("ranking-learnt")).getText()).isEqualTo(String.format(Locale.ROOT,
                    "How the learnt weights were found: from the %,d new ties that %,d actors formed from %s to %s, "
                            + "Kaonet tried %d ways of weighting the parts, each checked on actors it had not learnt from "
                            + "(%d rounds); the best was %s (MRR %.3f).", (Integer) api.get("fitTies"),
                    (Integer) api.get("fitActors"), fitPeriod.get("from"), fitPeriod.get("until"),
                    (Integer) cv.get("totalCount"), (Integer) cv.get("folds"), words(chosen),
                    (Double) chosen.get("meanReciprocalRank")));
            assertThat(browser().findElement(By.id("ranking-provenance")).getText()).isEqualTo(
                    "Fitted on data version " + String.format(Locale.ROOT, "%,d", (Long) ((Number) api.get("dataVersion")).longValue())
                            + ", " + ((String) api.get("fittedAt")).substring(0, 10) + ".");
            List<Map<String, Object>> tried = (List<Map<String, Object>>) cv.get("weightings");
            List<WebElement> triedRows = browser().findElements(By.cssSelector("#ranking-weightings tbody tr"));
            assertThat(triedRows).hasSameSizeAs(tried).hasSize(5);
            for (int i = 0; i < tried.size(); i++) {
                Map<String, Object> w = tried.get(i);
                List<String> cells = triedRows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
                assertThat(cells.get(0)).isEqualTo(String.valueOf(w.get("rank")));
                assertThat(cells.get(1)).isEqualTo((Boolean) w.get("chosen") ? words(w) + " (chosen)" : words(w));
                assertThat(cells.get(2)).isEqualTo(String.format(Locale.ROOT, "%.3f", (Double) w.get("meanReciprocalRank")));
            }
            assertThat(browser().findElement(By.id("ranking-weightings-caption")).getText())
                    .contains("(5 of " + cv.get("totalCount") + ")");
            assertThat(browser().findElements(By.cssSelector("#ranking-weightings tbody tr.in-use"))).hasSize(1);
            js("document.getElementById('ranking-in-use').scrollIntoView()");
            guideScreenshot("coordinator-why-these-candidates.png");

            new Select(browser().findElement(By.id("language"))).selectByValue("ja");
            waitFor("Japanese", "return document.getElementById('ranking-summary').textContent.startsWith('このネットワーク')");
            assertThat(browser().findElement(By.id("ranking-notes")).getText()).contains("95%区間");
            assertThat(texts("#ranking-figures tbody tr:first-child td").get(1))
                    .isEqualTo(figure(rows.get(0), "precisionAt10"));
            assertThat(browser().findElement(By.id("ranking-reason")).getText()).startsWith("理由: ");
            assertThat(browser().findElement(By.id("ranking-learnt")).getText()).startsWith("学習した重みの求め方: ")
                    .contains(String.format(Locale.ROOT, "%,d通り", (Integer) cv.get("totalCount")))
                    .contains(String.format(Locale.ROOT, "MRR %.3f", (Double) chosen.get("meanReciprocalRank")));
            assertThat(texts("#ranking-weightings tbody tr:first-child td").get(2))
                    .isEqualTo(String.format(Locale.ROOT, "%.3f", (Double) tried.get(0).get("meanReciprocalRank")));
            assertThat(texts("#ranking-weightings tbody tr:first-child td").get(1)).endsWith(" (採用)");
            new Select(browser().findElement(By.id("language"))).selectByValue("en");
        } finally {
            try (var session = connection.driver().session(connection.sessionConfig())) {
                session.executeWrite(tx -> tx.run("MATCH (m:MatchmakingRanking {network: $key}) DELETE m",
                        Map.of("key", RankingStore.key(Scope.ALL))).consume());
            }
        }
        assertThat(ranking().get("fitted")).isEqualTo(false);
    }

    /** The names the page gives the rankings, in English. */
    private static final Map<String, String> KIND_NAMES = Map.of(
            "LEARNT", "Kaonet, weights learnt from this network's history",
            "BUILT_IN", "Kaonet, built-in weights",
            "COMMON_NEIGHBOURS", "common neighbours (shared partners)",
            "ADAMIC_ADAR", "Adamic–Adar (shared partners, selective ones counting more)",
            "RESOURCE_ALLOCATION", "resource allocation (shared partners, selective ones counting more)",
            "PREFERENTIAL_ATTACHMENT", "preferential attachment (the most connected first)",
            "RANDOM", "random order");

    @SuppressWarnings("unchecked")
    private Map<String, Object> ranking() {
        return graphQl.document("""
                { network { matchmakingRanking { ranking fitted heldOutPeriod { from until } heldOutActors heldOutTies
                  heldOut { ranking precisionAt10 precisionAt10Interval { low high }
                            meanReciprocalRank meanReciprocalRankInterval { low high } inUse beatenByLearnt }
                  decision dataVersion fittedAt fitPeriod { from until } fitActors fitTies weights { part weight }
                  crossValidation { folds totalCount chosen { %1$s } weightings { %1$s } } } } }"""
                        .formatted("name kind part penalty logitShare meanReciprocalRank rank chosen"))
                .execute().path("network.matchmakingRanking").entity(Map.class).get();
    }

    /** The parts in the page's English words. */
    private static final Map<String, String> PART_WORDS = Map.ofEntries(
            Map.entry("structural", "shared partners"), Map.entry("community", "same community"),
            Map.entry("activity", "how many partners (log scale)"),
            Map.entry("kinds", "kinds of actor that often work together"),
            Map.entry("industries", "industries that often work together"),
            Map.entry("keywords", "matching offers, needs and technologies"),
            Map.entry("distance", "closeness in the network"), Map.entry("region", "same region"),
            Map.entry("cluster", "a common cluster"), Map.entry("structuralValue", "less dependence on one circle of partners"),
            Map.entry("degree", "how many partners (linear scale)"), Map.entry("recency", "partners gained lately"),
            Map.entry("countries", "countries that often work together"),
            Map.entry("participations", "projects taken part in"));

    /** A candidate weighting in the page's English words, from the API's kind, part, penalty and share. */
    private static String words(Map<String, Object> w) {
        String model = String.format(Locale.ROOT, "a statistical model of who chose whom (conditional logit, λ %,.0f",
                w.get("penalty") == null ? 0.0 : ((Number) w.get("penalty")).doubleValue());
        return switch ((String) w.get("kind")) {
            case "CONDITIONAL_LOGIT" -> model + ")";
            case "PART_ALONE" -> PART_WORDS.get((String) w.get("part")) + " alone";
            case "BUILT_IN" -> "the built-in weights";
            default -> (w.get("part") == null ? "the built-in weights" : PART_WORDS.get((String) w.get("part")))
                    + " combined with " + model + "; the model's share "
                    + new java.math.BigDecimal(String.valueOf(w.get("logitShare"))).stripTrailingZeros().toPlainString() + ")";
        };
    }

    /** A figure as the page writes it: three decimals and its interval in brackets. */
    @SuppressWarnings("unchecked")
    private static String figure(Map<String, Object> row, String field) {
        Map<String, Object> interval = (Map<String, Object>) row.get(field + "Interval");
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", (Double) row.get(field), (Double) interval.get("low"),
                (Double) interval.get("high"));
    }

    private void waitForRanking() {
        waitFor("the ranking in use", "return window.kaonetActor && window.kaonetActor.rankingShown");
    }

    @Test
    void aCoordinatorRecordsAnIntroductionAndItsOutcomeWithTheKeyboardAlone() {
        ownActors();
        open("/workspace/actor.html?id=" + FIRM);
        waitForPage();
        signInWithKeyboard(Role.COORDINATOR);
        waitFor("the coordinators", "return document.querySelector('#coordinator option[value=\"" + COORDINATOR + "\"]')");
        tabTo("#coordinator", 40);
        press("Page Test Coordinator");
        assertThat(js("return document.getElementById('coordinator').value")).isEqualTo(COORDINATOR);
        String other = graphQl.document(CANDIDATES).variable("id", FIRM).execute()
                .path("network.candidates.edges[0].node.target.id").entity(String.class).get();
        tabTo("#candidate-list > li[data-candidate='" + other + "'] button.record", 60);
        press(Keys.ENTER);
        waitFor("the record", "return document.getElementById('record-message').classList.contains('ok')");
        List<Map<String, Object>> recorded = introductions(FIRM);
        assertThat(recorded).as("exactly one introduction").hasSize(1);
        assertThat(((Map<?, ?>) recorded.get(0).get("coordinator")).get("id")).isEqualTo(COORDINATOR);

        String form = "[data-introduction='" + recorded.get(0).get("id") + "'] form.outcome";
        tabTo(form + " select[name=kind]", 80);
        press("Financing");
        waitFor("the direction question", "return !document.querySelector(\"" + form + " fieldset\").hidden");
        // TAB enters the pair of choices at the first; SPACE chooses it.
        String giver = (String) js("return document.querySelector(arguments[0] + ' input[name=giver]').value", form);
        String receiver = giver.equals(FIRM) ? other : FIRM;
        tabTo(form + " input[name=giver]", 5);
        press(Keys.SPACE);
        tabTo(form + " button[type=submit]", 5);
        press(Keys.ENTER);
        waitFor("the outcome", "return document.getElementById('record-message').textContent === 'Outcome recorded.'");
        assertThat(ties(TieKind.FINANCING, giver, receiver)).as("one tie from the chosen giver").isEqualTo(1);
        assertThat(ties(TieKind.FINANCING, receiver, giver)).isZero();
    }

    private void waitForPage() {
        waitFor("the actor page", "return window.kaonetActor && window.kaonetActor.ready && "
                + "(window.kaonetActor.error || window.kaonetActor.candidatesShown > 0)");
    }

    private long visible(String selector) {
        return browser().findElements(By.cssSelector(selector)).stream().filter(WebElement::isDisplayed).count();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> introductions(String actor) {
        return graphQl.document("query($a: ID) { introductions(actorId: $a) { edges { node { id date status coordinator { id } } } } }")
                .variable("a", actor).execute().path("introductions.edges[*].node").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
    }

    private long ties(TieKind kind, String source, String target) {
        try (var session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> tx.run("MATCH (:Actor {id: $s})-[t]->(:Actor {id: $t}) WHERE type(t) = $k "
                    + "RETURN count(t) AS n", Map.of("s", source, "t", target, "k", kind.name())).single().get("n").asLong());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(Map<String, Object> connection) {
        return ((List<Map<String, Object>>) connection.get("edges")).stream().map(e -> (Map<String, Object>) e.get("node")).toList();
    }
}
