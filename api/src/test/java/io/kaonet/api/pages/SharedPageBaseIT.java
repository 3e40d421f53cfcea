package io.kaonet.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.security.Role;
import io.kaonet.api.support.BrowserPageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What every page gets from {@code static/common/}: the header's sign-in (token in the tab's session
 * only, role shown, refused tokens reported), the language switch, and assets from this server only.
 */
class SharedPageBaseIT extends BrowserPageTest {

    @Test
    void signingInShowsTheRoleKeepsItForTheTabAndSigningOutForgetsIt() {
        open("/workspace/");
        waitFor("the anonymous caller", "return document.getElementById('who').dataset.role === 'ANONYMOUS'");
        signIn(Role.COORDINATOR);
        assertThat(browser().findElement(By.id("who")).getText()).contains("test-coordinator").contains("coordinator");
        assertThat(js("return localStorage.getItem('kaonet.token')")).as("never in localStorage").isNull();
        assertThat(js("return document.cookie")).isEqualTo("");

        open("/workspace/");
        waitFor("the role after a reload", "return document.getElementById('who').dataset.role === 'COORDINATOR'");

        browser().findElement(By.id("sign-out")).click();
        waitFor("signed out", "return document.getElementById('who').dataset.role === 'ANONYMOUS'");
        assertThat(js("return sessionStorage.getItem('kaonet.token')")).isNull();
        assertEverythingCameFromThisServer();
    }

    @Test
    void aRefusedTokenIsReportedAndNothingIsKept() {
        open("/workspace/");
        waitFor("the sign-in button", "return document.getElementById('who').dataset.role");
        browser().findElement(By.id("sign-in")).click();
        WebElement token = browser().findElement(By.id("token"));
        token.sendKeys("not-a-token");
        token.submit();
        waitFor("the refusal", "return !document.getElementById('sign-in-error').hidden");
        assertThat(browser().findElement(By.id("sign-in-error")).getText()).startsWith("This token was not accepted");
        assertThat(js("return sessionStorage.getItem('kaonet.token')")).isNull();
        assertThat(browser().findElement(By.id("who")).getAttribute("data-role")).isEqualTo("ANONYMOUS");
    }

    @Test
    void theLanguageSwitchTurnsThePageJapaneseAndIsRemembered() {
        open("/workspace/");
        waitFor("the header", "return document.getElementById('language')");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Coordinator workspace");
        logFirstPaint("the workspace start page");
        new Select(browser().findElement(By.id("language"))).selectByValue("ja");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("コーディネータ作業画面");
        assertThat(js("return document.documentElement.lang")).isEqualTo("ja");
        assertThat(texts("header.site nav a")).contains("ネットワーク地図", "孤立企業");

        open("/workspace/");
        waitFor("the Japanese page", "return document.querySelector('h1').textContent === 'コーディネータ作業画面'");
    }
}
