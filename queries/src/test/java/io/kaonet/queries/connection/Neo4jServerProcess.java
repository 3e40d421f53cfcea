package io.kaonet.queries.connection;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j 5.26 community server in a process of its own, started from Neo4j's artifacts on the test
 * classpath (the {@code org.neo4j:neo4j} jar holds the server's entry point,
 * {@code org.neo4j.server.CommunityEntryPoint}, the same one Neo4j's {@code bin/neo4j console} runs):
 * Bolt only on a free loopback port, authentication on, data in a temporary home folder. No Docker
 * and nothing downloaded. It is what the driver path meets in production, a server reached over the
 * network by URI, and both URI schemes reach it: {@code bolt://} (direct) and {@code neo4j://}
 * (routing: the driver first asks the server for its routing table, as with a cluster or Aura).
 *
 * <p>One server serves all tests of a JVM ({@link #shared()}); it starts on first use. It is killed
 * when the JVM exits (a shutdown hook), and, should the test JVM die without running its hooks, the
 * server stops itself when its standard input closes (its parent is gone). The server's own logs are
 * in the home folder's {@code logs/} while it runs; a failed start quotes them.
 */
public final class Neo4jServerProcess implements AutoCloseable {

    /** The two ways a URI reaches the server. */
    public enum Scheme {
        /** {@code bolt://}: one direct connection to one server. */
        BOLT("bolt"),
        /** {@code neo4j://}: routing, as the driver talks to a cluster or Aura. */
        ROUTING("neo4j");

        private final String prefix;

        Scheme(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jServerProcess.class);
    private static final String LOOPBACK = EmbeddedNeo4j.LOOPBACK;
    private static final String ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint";
    /**
     * A start costs about 13 s of CPU; on a 2-core machine shared with seven other builds it took up
     * to 160 s of wall time. Far more means it will not come.
     */
    private static final Duration START_TIME_OUT = Duration.ofMinutes(5);
    /** Tag of the test classes that use {@link #shared()}: a test plan holding one starts it early. */
    public static final String TAG = "external-neo4j";
    /**
     * {@code @Order} of those classes: after every other test class of the run (the build orders
     * test classes by {@code @Order}), so that the server starts while the others run.
     */
    public static final int RUN_LAST = Integer.MAX_VALUE;
    private static CompletableFuture<Neo4jServerProcess> shared;

    private final Process process;
    private final Path home;
    private final int port;
    private final String password;
    private long startMillis;

    private Neo4jServerProcess(Process process, Path home, int port, String password) {
        this.process = process;
        this.home = home;
        this.port = port;
        this.password = password;
    }

    /**
     * The server of this JVM, started on first use (or by {@link #startInBackground()}) and killed when
     * the JVM exits.
     *
     * @throws IllegalStateException when it did not start
     */
    public static Neo4jServerProcess shared() {
        try {
            return startInBackground().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /**
     * Starts this JVM's server in a thread of its own unless it is started already, so that its start
     * (about 13 s of CPU, mostly the server JVM's own warm-up) overlaps the tests that run before the first one
     * needing it. {@link WarmUp} calls it when the test plan holds a class tagged {@value #TAG}.
     */
    public static synchronized CompletableFuture<Neo4jServerProcess> startInBackground() {
        if (shared == null) {
            shared = CompletableFuture.supplyAsync(() -> {
                Neo4jServerProcess server = start();
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "neo4j-server-process-kill"));
                return server;
            }, task -> {
                Thread t = new Thread(task, "neo4j-server-process-start");
                t.setDaemon(true);
                t.start();
            });
        }
        return shared;
    }

    /**
     * Starts the server as the test run begins when any test class of the plan is tagged
     * {@value #TAG} (registered through {@code META-INF/services}, so in every module whose tests
     * have this class on their class path).
     */
    public static final class WarmUp implements TestExecutionListener {

        @Override
        public void testPlanExecutionStarted(TestPlan plan) {
            boolean wanted = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                    .anyMatch(test -> test.getTags().contains(TestTag.create(TAG)));
            if (wanted) {
                startInBackground();
            }
        }
    }

    /**
     * Starts a server and waits until it answers over Bolt with its own password set.
     *
     * @throws IllegalStateException when it does not answer within five minutes or its process ends
     */
    public static Neo4jServerProcess start() {
        long started = System.nanoTime();
        Path home;
        try {
            home = Files.createTempDirectory("kaonet-neo4j-server");
            Files.createDirectories(home.resolve("conf"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the server's home folder", e);
        }
        int port = EmbeddedNeo4j.freePort();
        Process process;
        try {
            Files.writeString(home.resolve("conf/neo4j.conf"), configuration(port), StandardCharsets.UTF_8);
            // The class path goes through an argument file: an api test class path is too long for a command line.
            Path arguments = home.resolve("java-arguments");
            Files.writeString(arguments, "-cp " + quoted(classPath()) + "\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(javaExecutable(),
                    // A test server lives for a minute: the client compiler alone starts it faster.
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms128m", "-Xmx768m",
                    "-Dio.netty.tryReflectionSetAccessible=true", "@" + arguments,
                    Neo4jServerProcess.class.getName(),
                    "--home-dir=" + home, "--config-dir=" + home.resolve("conf")));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("console.log").toFile())
                    .start();
        } catch (IOException e) {
            deleteQuietly(home);
            throw new UncheckedIOException("cannot start the Neo4j server process", e);
        }
        String password = randomPassword();
        Neo4jServerProcess server = new Neo4jServerProcess(process, home, port, password);
        try {
            server.awaitBolt(started);
            server.setPassword();
        } catch (RuntimeException e) {
            String logs = server.logTail();
            server.close();
            throw new IllegalStateException("the Neo4j server process did not start: " + e.getMessage() + "\n" + logs, e);
        }
        server.startMillis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("Neo4j server process {} answers on {} after {} ms, {} ms of CPU (home {})", process.pid(),
                server.uri(Scheme.BOLT), server.startMillis,
                process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L), home);
        return server;
    }

    /**
     * The child's entry point: stops the process when its standard input closes (the test JVM that
     * started it is gone), then runs Neo4j's own server entry point.
     */
    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // nothing is ever sent; only the end of the stream matters
                }
            } catch (IOException e) {
                // a broken pipe means the parent is gone too
            }
            Runtime.getRuntime().halt(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Class.forName(ENTRY_POINT).getMethod("main", String[].class).invoke(null, (Object) args);
    }

    /** The URI of this server in a scheme. */
    public String uri(Scheme scheme) {
        return scheme.prefix + "://" + LOOPBACK + ":" + port;
    }

    /** The password of user {@code neo4j}. */
    public String password() {
        return password;
    }

    /** Milliseconds from starting the process to the first answer over Bolt with the password set. */
    public long startMillis() {
        return startMillis;
    }

    /** Opens Kaonet's connection to this server through a URI of the scheme. */
    public Neo4jConnection connect(Scheme scheme) {
        return Neo4jConnection.open(Neo4jSettings.external(uri(scheme), "neo4j", password, null));
    }

    /** Whether the server process still runs. */
    public boolean alive() {
        return process.isAlive();
    }

    /** Kills the server (its data is a throwaway) and deletes its home folder. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(home);
    }

    private static String configuration(int port) {
        return String.join("\n",
                "server.bolt.enabled=true",
                "server.bolt.listen_address=" + LOOPBACK + ":" + port,
                // The routing table the driver asks for over neo4j:// names this address.
                "server.bolt.advertised_address=" + LOOPBACK + ":" + port,
                "server.bolt.tls_level=DISABLED",
                "server.http.enabled=false",
                "server.https.enabled=false",
                "dbms.security.auth_enabled=true",
                "dbms.usage_report.enabled=false",
                "server.memory.pagecache.size=64m",
                "db.tx_log.preallocate=false",
                "");
    }

    private void awaitBolt(long startedNanos) {
        long deadline = startedNanos + START_TIME_OUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process ended with exit code " + process.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(LOOPBACK, port), 500);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt did not answer on port " + port + " within " + START_TIME_OUT);
                }
                sleep(200);
            }
        }
    }

    /** A new server's user {@code neo4j} has password "neo4j", which must be changed before any query. */
    private void setPassword() {
        try (Driver driver = GraphDatabase.driver(uri(Scheme.BOLT), AuthTokens.basic("neo4j", "neo4j"),
                Config.builder().withoutEncryption().withConnectionTimeout(30, TimeUnit.SECONDS).build());
             var session = driver.session(SessionConfig.forDatabase("system"))) {
            session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new", Map.of("old", "neo4j", "new", password))
                    .consume();
        }
    }

    private String logTail() {
        StringBuilder tail = new StringBuilder();
        for (Path log : List.of(home.resolve("console.log"), home.resolve("logs/neo4j.log"))) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                tail.append("--- ").append(log.getFileName()).append(" (last lines)\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())))
                        .append('\n');
            } catch (IOException | UncheckedIOException e) {
                tail.append("--- ").append(log.getFileName()).append(": not readable (").append(e.getMessage()).append(")\n");
            }
        }
        return tail.toString();
    }

    /**
     * The test JVM's class path less the bridges that send Log4j to SLF4J (Spring Boot's): Neo4j's
     * server logs through Log4j's own core, which such a bridge would displace.
     */
    private static String classPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("log4j-to-slf4j"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String quoted(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Neo4j server", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
