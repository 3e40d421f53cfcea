package io.kaonet.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.kaonet.api.security.Role;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the page tests: the shared API test context (real server, real Neo4j with the demo network)
 * and one real headless Chromium (Debian's chromium and chromedriver) driven by Selenium, started once
 * per JVM and shared by every page test. The browser cannot reach any host but this one (every other
 * name resolves to nothing), downloads into {@link #downloads()}, prefers English, and starts each
 * test at 1366×768, signed out.
 *
 * <p>Skipped when no chromium or chromedriver binary is found, so that a developer without them still
 * gets a green build; {@code .ci/run} installs both and sets {@value #REQUIRE_BROWSER}, which turns a
 * missing browser into a failure. {@code -Dkaonet.chromium=…} and {@code -Dkaonet.chromedriver=…}
 * point at other binaries. With {@code -Dkaonet.guide-screenshots=true}, {@link #guideScreenshot}
 * also writes into {@code docs/images/} (the coordinator guide's pictures).
 */
public abstract class BrowserPageTest extends ApiIntegrationTest {

    /** Environment variable that turns a missing browser into a failure. */
    public static final String REQUIRE_BROWSER = "KAONET_REQUIRE_BROWSER";
    /** The usual small laptop screen every page must work on. */
    public static final Dimension SMALL_SCREEN = new Dimension(1366, 768);
    protected static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Logger LOG = LoggerFactory.getLogger(BrowserPageTest.class);

    private static WebDriver browser;
    private static Path profile;
    private static Path downloads;
    private static String missing;

    @LocalServerPort
    protected int port;

    @BeforeEach
    void freshBrowser() {
        startOnce();
        // Assumed here, so that the report counts the test as skipped, with the reason.
        Assumptions.assumeTrue(browser != null, missing);
        browser.manage().window().setSize(SMALL_SCREEN);
        browser.get(url("/"));
        js("sessionStorage.clear(); localStorage.clear();");
    }

    /** The shared browser. */
    protected static WebDriver browser() {
        return browser;
    }

    /** The folder downloads land in. */
    protected static Path downloads() {
        return downloads;
    }

    /** The address of a path of this test's server. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page of this server. */
    protected void open(String path) {
        browser.get(url(path));
    }

    /** Signs in through the page's header with the test token of a role, and waits for the role to show. */
    protected void signIn(Role role) {
        waitFor("the sign-in button", "return document.getElementById('sign-in')");
        browser.findElement(By.id("sign-in")).click();
        WebElement token = browser.findElement(By.id("token"));
        token.sendKeys(token(role));
        token.submit();
        waitFor("the role " + role, "return document.getElementById('who').dataset.role === '" + role.name() + "'");
    }

    /** Signs in with the keyboard alone: TAB to the header's button, ENTER, the token, ENTER. */
    protected void signInWithKeyboard(Role role) {
        waitFor("the sign-in button", "return document.getElementById('sign-in')");
        tabTo("#sign-in", 40);
        press(Keys.ENTER);
        waitFor("the token field focused", "return document.activeElement.id === 'token'");
        press(token(role), Keys.ENTER);
        waitFor("the role " + role, "return document.getElementById('who').dataset.role === '" + role.name() + "'");
    }

    /** Runs a script in the page and returns its value. */
    protected Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Waits until a script returns something other than null or false, and returns it. */
    protected Object waitFor(String what, String condition) {
        return new WebDriverWait(browser, PATIENCE).withMessage("waiting for " + what)
                .until(b -> {
                    Object value = js(condition);
                    return value != null && !Boolean.FALSE.equals(value) ? value : null;
                });
    }

    /** The texts of the elements a CSS selector finds. */
    protected List<String> texts(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    /**
     * Checks that every resource the page loaded came from this server: the page renders with the
     * outside network unplugged (the browser cannot resolve any other host anyway).
     */
    protected void assertEverythingCameFromThisServer() {
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) js(
                "return performance.getEntriesByType('resource').map((e) => e.name).concat([location.href])");
        assertThat(resources).as("resources loaded").isNotEmpty()
                .allSatisfy(r -> assertThat(r).startsWith("http://localhost:" + port + "/"));
    }

    /**
     * Logs when the page first painted content (first-contentful-paint, ms after navigation) and
     * returns it, or -1 when the browser did not report it.
     */
    protected double logFirstPaint(String page) {
        Number ms = (Number) js("const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : -1;");
        LOG.info("First contentful paint of {}: {} ms after navigation", page, Math.round(ms.doubleValue()));
        return ms.doubleValue();
    }

    /** Whether an element lies wholly inside the window without scrolling. */
    protected boolean inView(WebElement element) {
        return Boolean.TRUE.equals(js("""
                const r = arguments[0].getBoundingClientRect();
                return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
                    && r.bottom <= window.innerHeight && r.right <= window.innerWidth;""", element));
    }

    /** The usual large screen every page must also work on. */
    public static final Dimension LARGE_SCREEN = new Dimension(1920, 1080);

    /**
     * Presses TAB (only TAB) until the focused element matches a CSS selector, at most {@code max}
     * times, and returns it; fails when it is never reached.
     */
    protected WebElement tabTo(String selector, int max) {
        for (int i = 0; i < max; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if (Boolean.TRUE.equals(js("return document.activeElement.matches(arguments[0])", selector))) {
                WebElement focused = browser.switchTo().activeElement();
                assertThat(focusIsVisible(focused)).as("a visible focus style on %s", selector).isTrue();
                return focused;
            }
        }
        throw new AssertionError("TAB never reached " + selector + " in " + max + " presses (focus on "
                + js("return document.activeElement.outerHTML.slice(0, 200)") + ")");
    }

    /** Presses keys on whatever has the focus. */
    protected void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Whether the focused element shows its focus: an outline or a box shadow drawn around it. */
    protected boolean focusIsVisible(WebElement element) {
        return Boolean.TRUE.equals(js("""
                const s = getComputedStyle(arguments[0]);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';""", element));
    }

    /**
     * The English messages (the pages' own dictionaries, read from {@code common/i18n.js}) still shown in
     * Japanese under the elements a selector finds: their visible text, option texts, and titles,
     * placeholders and accessible names. A message of several words counts wherever its words appear;
     * a one-word message only as a whole text, so that names in the data do not count. Messages the same
     * in both languages are not counted. Each entry is "message — where it was found".
     */
    @SuppressWarnings("unchecked")
    protected List<String> englishLeftIn(String selector) {
        return (List<String>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/common/i18n.js').then(({ dictionary, language }) => {
                  if (language() !== 'ja') { done(['the page is not in Japanese']); return; }
                  const en = dictionary('en'), ja = dictionary('ja');
                  // A message of several words is looked for anywhere (its words between placeholders); a
                  // one-word message only as a whole text (a heading, a button), so that names in the data
                  // ("... University (synthetic)") do not count.
                  const phrases = new Set();
                  const words = new Set();
                  for (const [key, text] of Object.entries(en)) {
                    if (ja[key] === text) continue;
                    const parts = text.split(/\\{\\w+\\}/).map((p) => p.trim().replace(/^[\\s·:;,.()—–-]+|[\\s·:;,.()—–-]+$/g, ''));
                    if (parts.length === 1 && /^[A-Za-z][A-Za-z-]{2,}$/.test(parts[0])) words.add(parts[0]);
                    for (const f of parts) if (/[A-Za-z]{2,}\\s+[A-Za-z]{2,}/.test(f)) phrases.add(f);
                  }
                  const texts = [];
                  for (const root of document.querySelectorAll(arguments[0])) {
                    for (const el of [root, ...root.querySelectorAll('*')]) {
                      if (el.closest('[hidden]') || el.getClientRects().length === 0 && el.tagName !== 'OPTION') continue;
                      for (const n of el.childNodes) if (n.nodeType === 3 && n.textContent.trim()) texts.push([n.textContent.trim(), el.tagName]);
                      for (const a of ['title', 'placeholder', 'aria-label']) if (el.getAttribute(a)) texts.push([el.getAttribute(a), el.tagName + '@' + a]);
                    }
                  }
                  const found = [];
                  for (const [text, where] of texts) {
                    if (words.has(text.replace(/[\\s·:;,.…]+$/, ''))) found.push(text + ' — ' + where);
                    for (const f of phrases) if (text.includes(f)) found.push(f + ' — ' + where + ': ' + text.slice(0, 120));
                  }
                  done(found);
                }, (e) => done(['cannot read the dictionaries: ' + e]));""", selector);
    }

    /**
     * The table header titles (Tabulator's) that do not show their whole text: wider or taller than
     * their box, or cut with an ellipsis. Each entry is the title's text.
     */
    @SuppressWarnings("unchecked")
    protected List<String> cutHeaderTitles() {
        return (List<String>) js("""
                return [...document.querySelectorAll('.tabulator-col-title')]
                  .filter((e) => e.getClientRects().length > 0)
                  .filter((e) => e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight + 1
                    || getComputedStyle(e).textOverflow === 'ellipsis' && getComputedStyle(e).whiteSpace === 'nowrap')
                  .map((e) => e.textContent);""");
    }

    /**
     * Cancels a job if it still runs (a test that failed half-way), and waits up to 10 s for it to
     * stop, so that no computation outlives its test; an id of null (or "null", as a page's empty
     * data attribute reads) is ignored.
     */
    protected void stopJob(String id) {
        if (id == null || "null".equals(id)) {
            return;
        }
        String state = "query($id: ID!) { job(id: $id) { state } }";
        if (!"RUNNING".equals(graphQl.document(state).variable("id", id).execute().path("job.state").entity(String.class).get())) {
            return;
        }
        as(Role.COORDINATOR).document("mutation($id: ID!) { cancelJob(id: $id) { state } }").variable("id", id).execute();
        long until = System.nanoTime() + 10_000_000_000L;
        while ("RUNNING".equals(graphQl.document(state).variable("id", id).execute().path("job.state").entity(String.class).get())
                && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits for a download of this name to be complete and returns its path. */
    protected Path downloaded(String name) {
        Path file = downloads.resolve(name);
        new WebDriverWait(browser, PATIENCE).withMessage("waiting for the download " + name)
                .until(b -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    /** Removes earlier downloads of a name. */
    protected void forgetDownload(String name) {
        try {
            Files.deleteIfExists(downloads.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot under the module's {@code target/screenshots/}. */
    protected Path screenshot(String name) {
        try {
            Path folder = Path.of(BrowserPageTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent().resolve("screenshots");
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            LOG.info("Page screenshot: {}", file);
            return file;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }

    /**
     * Saves a screenshot under {@code target/screenshots/}, and also into the repository's
     * {@code docs/images/} when {@code -Dkaonet.guide-screenshots=true}.
     */
    protected void guideScreenshot(String name) {
        Path shot = screenshot(name);
        if (Boolean.getBoolean("kaonet.guide-screenshots")) {
            try {
                Path docs = shot.getParent().getParent().getParent().getParent().resolve("docs").resolve("images");
                Files.createDirectories(docs);
                Files.copy(shot, docs.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static synchronized void startOnce() {
        if (browser != null || missing != null) {
            return;
        }
        Optional<Path> chromium = binary("kaonet.chromium", "chromium", "chromium-browser");
        Optional<Path> driver = binary("kaonet.chromedriver", "chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            missing = "no " + (chromium.isEmpty() ? "chromium" : "chromedriver") + " binary on the PATH (or given "
                    + "with -Dkaonet.chromium/-Dkaonet.chromedriver); install Debian's chromium and chromium-driver "
                    + "(as .ci/run does) to run the page tests";
            if (Boolean.parseBoolean(System.getenv(REQUIRE_BROWSER))) {
                fail(missing + " (" + REQUIRE_BROWSER + " is set, so this fails instead of skipping)");
            }
            return;
        }
        try {
            profile = Files.createTempDirectory("kaonet-chromium");
            downloads = Files.createTempDirectory("kaonet-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=en-GB",
                // the outside network is unplugged: only this host resolves
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
                "--window-size=" + SMALL_SCREEN.width + "," + SMALL_SCREEN.height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en",
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserPageTest::stop, "stop-chromium"));
    }

    private static void stop() {
        if (browser != null) {
            browser.quit();
        }
        for (Path folder : new Path[] {profile, downloads}) {
            if (folder == null) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                LOG.warn("could not remove {}: {}", folder, e.getMessage());
            }
        }
    }

    /** The binary named by a system property, or the first of the names found on the PATH. */
    private static Optional<Path> binary(String property, String... names) {
        String given = System.getProperty(property);
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
