package io.kaonet.api.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium and chromedriver, or {@code -Dkaonet.chromium} and
 * {@code -Dkaonet.chromedriver}) for which every address but this machine's is unreachable: every
 * host name but localhost fails to resolve and any proxy lookup goes nowhere. A page that needs a
 * CDN does not load in it.
 */
public final class OfflineChromium implements AutoCloseable {

    /** Set (as {@code .ci/run} does) to make a missing browser a failure instead of a skipped test. */
    public static final String REQUIRE_BROWSER = "KAONET_REQUIRE_BROWSER";

    private final WebDriver driver;
    private final Path profile;

    private OfflineChromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A started browser, or empty when chromium or chromedriver is not installed. */
    public static Optional<OfflineChromium> start() {
        Optional<Path> chromium = executable("kaonet.chromium", "chromium", "chromium-browser");
        Optional<Path> chromedriver = executable("kaonet.chromedriver", "chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path profile = Files.createTempDirectory("kaonet-offline-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.get().toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + profile, "--window-size=1400,900",
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
                    "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>;localhost");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
            return Optional.of(new OfflineChromium(new ChromeDriver(service, options), profile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WebDriver. */
    public WebDriver driver() {
        return driver;
    }

    /** Runs a script in the page and returns its value. */
    public Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits (up to 90 s) until a script returns something other than null or false. */
    public Object waitFor(String what, String condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(90)).withMessage("waiting for " + what)
                .until(d -> {
                    Object value = js(condition);
                    return value != null && !Boolean.FALSE.equals(value) ? value : null;
                });
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static Optional<Path> executable(String property, String... names) {
        String given = System.getProperty(property);
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        return Stream.of(names)
                .flatMap(name -> Stream.of(Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator))
                        .map(dir -> Path.of(dir.isEmpty() ? "." : dir, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
