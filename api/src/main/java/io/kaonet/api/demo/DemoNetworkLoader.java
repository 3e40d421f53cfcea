package io.kaonet.api.demo;

import io.kaonet.api.config.KaonetProperties;
import io.kaonet.api.imports.NetworkImport;
import io.kaonet.api.imports.NetworkImport.ImportOutcome;
import io.kaonet.api.scorecard.IndicatorImport;
import io.kaonet.demo.DemoNetworkGenerator;
import io.kaonet.queries.reads.StoreQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the synthetic demo network into an empty database at start, through the same CSV importer a
 * user's files go through: the generator writes Kaonet CSV into a temporary folder, which is then
 * imported, followed by the synthetic survey indicators of {@value #DEMO_INDICATORS}. A database
 * that holds any actor is left alone. It runs once every bean is ready and
 * before the web server opens, so the first request already sees the demo network.
 */
@Component
public class DemoNetworkLoader implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(DemoNetworkLoader.class);
    /** Synthetic survey indicators of the demo clusters, loaded with the demo network. */
    static final String DEMO_INDICATORS = "/demo/indicators.csv";

    private final KaonetProperties properties;
    private final StoreQueries store;
    private final NetworkImport networkImport;
    private final IndicatorImport indicatorImport;

    public DemoNetworkLoader(KaonetProperties properties, StoreQueries store, NetworkImport networkImport,
                             IndicatorImport indicatorImport) {
        this.properties = properties;
        this.store = store;
        this.networkImport = networkImport;
        this.indicatorImport = indicatorImport;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.demo().enabled()) {
            return;
        }
        if (store.counts().get("actors") > 0) {
            LOG.info("Database holds a network already; the demo network is not loaded");
            return;
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("kaonet-demo");
            new DemoNetworkGenerator(DemoNetworkGenerator.Parameters.withSeed(properties.demo().seed())).writeTo(folder);
            ImportOutcome outcome = networkImport.importFolder(folder, "demo network (seed " + properties.demo().seed() + ")");
            if (!outcome.ok()) {
                throw new IllegalStateException("the generated demo network was refused: " + outcome.problems());
            }
            LOG.info("Demo network loaded (synthetic, seed {}): {} records", properties.demo().seed(),
                    outcome.summary().changed());
            loadDemoIndicators();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo network", e);
        } finally {
            delete(folder);
        }
    }

    /** The synthetic survey indicators of the demo clusters, a resource next to this class's package. */
    private void loadDemoIndicators() throws IOException {
        try (var in = DemoNetworkLoader.class.getResourceAsStream(DEMO_INDICATORS)) {
            if (in == null) {
                throw new IllegalStateException("the demo indicators " + DEMO_INDICATORS + " are missing");
            }
            var outcome = indicatorImport.importText("indicators.csv",
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            if (!outcome.ok()) {
                throw new IllegalStateException("the demo indicators were refused: " + outcome.problems());
            }
            LOG.info("Demo indicators loaded (synthetic): {} indicators", outcome.summary().changed());
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Cannot delete the temporary demo folder {}", folder, e);
        }
    }
}
