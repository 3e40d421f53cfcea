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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the actor page says when what it shows is no longer true: an id no actor has, the page's actor
 * removed after the page was drawn, and an introduction removed before its outcome is recorded. Each
 * gets the page's own message, and nothing is written. The removals are made behind the page's back,
 * as another coordinator or an import would make them.
 */
class StaleInputPageIT extends BrowserPageTest {

    private static final String COORDINATOR = "stale-it-crd";
    private static final String FIRM = "stale-it-firm";
    private static final String PARTNER = "stale-it-partner";
    private static final String BANK = "stale-it-bank";

    @Autowired
    NetworkWriter writer;
    @Autowired
    Neo4jConnection connection;

    @AfterEach
    void removeOwnActors() {
        writer.deleteActors(List.of(COORDINATOR, FIRM, PARTNER, BANK));
    }

    /** A firm with one partner, a bank working with that partner (the firm's candidate), and a coordinator. */
    private void ownActors() {
        LocalDate since = LocalDate.of(2016, 6, 1);
        writer.write(new NetworkBatch(List.of(Actor.of(COORDINATOR, "Stale Test Coordinator", ActorKind.COORDINATOR),
                Actor.of(FIRM, "Stale Test Works", ActorKind.COMPANY),
                Actor.of(PARTNER, "Stale Test Institute", ActorKind.RESEARCH_INSTITUTE),
                Actor.of(BANK, "Stale Test Bank", ActorKind.FINANCIER)),
                List.of(new Tie(null, FIRM, PARTNER, TieKind.JOINT_RESEARCH, since, null, 1, null),
                        new Tie(null, BANK, PARTNER, TieKind.FINANCING, since, null, 1, null),
                        new Tie(null, COORDINATOR, FIRM, TieKind.COORDINATION, since, null, 1, null)),
                List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void anIdNoActorHasIsNamedOnThePage() {
        open("/workspace/actor.html?id=stale-it-nobody");
        waitFor("the page", "return window.kaonetActor && window.kaonetActor.ready");
        assertThat(browser().findElement(By.id("actor-name")).getText()).isEqualTo("No actor has the id stale-it-nobody.");
        assertThat(browser().findElements(By.cssSelector("#candidate-list > li"))).isEmpty();
        assertThat((Object) js("return window.kaonetActor.error")).isNull();
    }

    @Test
    void anActorRemovedAfterThePageWasDrawnIsRefusedAndNothingIsWritten() {
        ownActors();
        openAsCoordinator();
        String candidate = firstCandidate();
        long before = introductionCount(candidate);

        writer.deleteActors(List.of(FIRM));
        browser().findElement(By.cssSelector("#candidate-list > li[data-candidate='" + candidate + "'] button.record")).click();
        waitFor("the refusal", "return document.getElementById('record-message').dataset.code");
        WebElement message = browser().findElement(By.id("record-message"));
        assertThat(message.getAttribute("data-code")).isEqualTo("UNKNOWN_ACTOR");
        assertThat(message.getText()).startsWith("One of the actors is not (or no longer) stored; reload the page.");
        assertThat(introductionCount(candidate)).isEqualTo(before);
    }

    @Test
    void anOutcomeForAnIntroductionRemovedMeanwhileIsRefusedAndMakesNoTie() {
        ownActors();
        openAsCoordinator();
        String candidate = firstCandidate();
        browser().findElement(By.cssSelector("#candidate-list > li[data-candidate='" + candidate + "'] button.record")).click();
        waitFor("the record", "return document.getElementById('record-message').classList.contains('ok')");
        assertThat(introductionCount(FIRM)).isEqualTo(1);
        String form = "form.outcome";
        waitFor("the outcome form", "return document.querySelector('" + form + "')");

        try (var session = connection.driver().session(connection.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    "MATCH (:Actor {id: $a})-[r:INTRODUCTION]-(:Actor {id: $b}) DELETE r", Map.of("a", FIRM, "b", candidate)));
        }
        WebElement outcome = browser().findElement(By.cssSelector(form));
        new Select(outcome.findElement(By.name("kind"))).selectByValue(TieKind.JOINT_RESEARCH.name());
        outcome.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor("the refusal", "return document.querySelector('" + form + " .message').dataset.code");
        WebElement message = outcome.findElement(By.cssSelector(".message"));
        assertThat(message.getAttribute("data-code")).isEqualTo("UNKNOWN_INTRODUCTION");
        assertThat(message.getText()).startsWith("This introduction does not exist (any more); reload the page.");
        assertThat(ties(FIRM, candidate)).as("no tie from a refused outcome").isZero();
    }

    /** The first candidate the page lists (the API's first, as {@code ActorPageIT} checks). */
    private String firstCandidate() {
        return browser().findElement(By.cssSelector("#candidate-list > li[data-candidate]")).getAttribute("data-candidate");
    }

    private void openAsCoordinator() {
        open("/workspace/actor.html?id=" + FIRM);
        signIn(Role.COORDINATOR);
        waitFor("the actor page", "return window.kaonetActor && window.kaonetActor.ready && window.kaonetActor.candidatesShown > 0");
        waitFor("the coordinators", "return document.querySelector('#coordinator option[value=\"" + COORDINATOR + "\"]')");
        new Select(browser().findElement(By.id("coordinator"))).selectByValue(COORDINATOR);
    }

    private long introductionCount(String actor) {
        try (var session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> tx.run("MATCH (:Actor {id: $a})-[r:INTRODUCTION]-(:Actor) RETURN count(r) AS n",
                    Map.of("a", actor)).single().get("n").asLong());
        }
    }

    private long ties(String a, String b) {
        try (var session = connection.driver().session(connection.sessionConfig())) {
            return session.executeRead(tx -> tx.run("MATCH (:Actor {id: $a})-[t]-(:Actor {id: $b}) "
                    + "WHERE type(t) <> 'INTRODUCTION' RETURN count(t) AS n",
                    Map.of("a", a, "b", b)).single().get("n").asLong());
        }
    }
}
