package io.kaonet.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.BrowserPageTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Every workspace page and the map at the two usual screens and in both languages: the main controls
 * lie inside the window without scrolling at 1366×768 and at 1920×1080; switched to Japanese, no
 * English message of the pages' dictionaries is left in the controls (titles and tooltips included);
 * no table header title is cut, in either language.
 */
class ScreenAndLanguagePageIT extends BrowserPageTest {

    /** A page: its address, when it is ready, its main controls (every element each selector finds). */
    private record Page(String path, String ready, List<String> controls, Role role) {
    }

    private static final List<Page> PAGES = List.of(
            new Page("/workspace/actor.html?id=tama-co-010", "return window.kaonetActor && window.kaonetActor.candidatesShown > 0",
                    List.of("#actor-search", "#candidates-title", "#candidate-list > li:first-child", "#coordinator", "#record-date", "#candidate-list > li:first-child button.record"),
                    Role.COORDINATOR),
            new Page("/workspace/isolated.html?cluster=HAMAMATSU", "return window.kaonetIsolated && window.kaonetIsolated.rows > 0",
                    List.of("#cluster", "#filter", "#downloads [data-download]", "#reasons label", "#table .tabulator-col-title",
                            "#table .tabulator-row:first-child"), null),
            new Page("/workspace/introductions.html?cluster=HAMAMATSU", "return window.kaonetLog && window.kaonetLog.rows > 0",
                    List.of("#cluster", "#coordinator", "#from", "#to", "#filters button[type=submit]", "#results-downloads [data-download]",
                            "#results .tabulator-col-title", "#results .tabulator-row:first-child", "#chart"), null),
            new Page("/workspace/upload.html", "return document.getElementById('who').dataset.role !== undefined",
                    List.of("#files", "#upload button[type=submit]"), Role.COORDINATOR),
            new Page("/map/", "return window.kaonetMap && window.kaonetMap.draws > 0 && document.querySelectorAll('#highlights input').length > 0",
                    List.of("#search", "#highlights label", "#status", "#year", "#all-years"), null));

    @Test
    void mainControlsAreInsideTheWindowAtBothScreens() {
        List<String> outside = new ArrayList<>();
        for (Dimension screen : List.of(SMALL_SCREEN, LARGE_SCREEN)) {
            for (Page page : PAGES) {
                browser().manage().window().setSize(screen);
                js("sessionStorage.clear(); localStorage.clear();");
                open(page.path());
                if (page.role() != null) {
                    signIn(page.role());
                }
                waitFor(page.path(), page.ready());
                for (String selector : page.controls()) {
                    List<WebElement> found = browser().findElements(By.cssSelector(selector));
                    if (found.isEmpty()) {
                        outside.add(screen + " " + page.path() + " " + selector + ": missing");
                    }
                    for (WebElement e : found) {
                        if (!inView(e)) {
                            outside.add(screen + " " + page.path() + " " + selector + ": " + js(
                                    "const r = arguments[0].getBoundingClientRect(); return JSON.stringify([r.left, r.top, r.right, r.bottom])", e));
                        }
                    }
                }
            }
        }
        assertThat(outside).as("main controls outside the window").isEmpty();
    }

    @Test
    void inJapaneseNoEnglishMessageIsLeftInTheControls() {
        List<String> left = new ArrayList<>();
        for (Page page : PAGES) {
            js("sessionStorage.clear(); localStorage.clear();");
            open(page.path());
            if (page.role() != null) {
                signIn(page.role());
            }
            waitFor(page.path(), page.ready());
            js("window.kaonetBeforeSwitch = true");
            new Select(browser().findElement(By.id("language"))).selectByValue("ja");
            waitFor("Japanese", "return document.documentElement.lang === 'ja'");
            if (page.path().startsWith("/map")) {
                // The map loads itself again in the new language.
                waitFor("the map again", "return !window.kaonetBeforeSwitch && (function () { " + page.ready() + " })()");
            }
            if (page.path().startsWith("/map")) {
                // The highlights' counters and the side panel, made by script.
                js("document.querySelector('#highlights input[value=isolated]').click()");
                waitFor("the isolated counter", "return /\\d/.test(document.querySelector('[data-highlight=isolated]').textContent)");
                js("window.kaonetMap.cy.$id('tama-co-010').emit('tap')");
                waitFor("the panel's candidates", "return document.querySelectorAll('#panel-candidates li').length > 0");
            }
            List<String> found = englishLeftIn("header.site, main, #controls, header.map-bar, #panel");
            found.forEach(f -> left.add(page.path() + ": " + f));
            assertThat(String.valueOf(js("return document.title"))).as("window title of %s", page.path()).doesNotContain("actor", "map");
            js("localStorage.clear()");
        }
        assertThat(left).as("English left after switching to Japanese").isEmpty();
    }

    @Test
    void noTableHeaderTitleIsCutInEitherLanguage() {
        for (String language : List.of("en", "ja")) {
            for (Page page : PAGES.subList(1, 3)) {
                open(page.path());
                waitFor(page.path(), page.ready());
                if (language.equals("ja")) {
                    new Select(browser().findElement(By.id("language"))).selectByValue("ja");
                    waitFor("Japanese headers", "return document.documentElement.lang === 'ja'");
                }
                // Titles are set again after a switch; give the table its redraw.
                waitFor("headers drawn", "return document.querySelectorAll('.tabulator-col-title').length > 0");
                assertThat(cutHeaderTitles()).as("cut header titles on %s in %s", page.path(), language).isEmpty();
                screenshot("headers-" + language + "-" + page.path().replaceAll("\\W+", "-") + ".png");
                js("localStorage.clear()");
            }
        }
    }
}
