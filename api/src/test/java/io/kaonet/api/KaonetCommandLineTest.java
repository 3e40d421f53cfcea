package io.kaonet.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One syntax and one help for every command; usage errors exit 2 with the usage and no stack trace. */
class KaonetCommandLineTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KaonetCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"import", "export", "token", "backtest"})
    void everyCommandPrintsItsHelpWithItsOptionsAndExitCodes(String command) {
        Run r = run(command, "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: kaonet " + command).contains("Exit codes:").contains("-h, --help");
        assertThat(KaonetCommandLine.handles(new String[] {command})).isTrue();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"import --format=kaonet-csv", "import --format=xml --dir=x", "import --format kaonet-csv --dir",
            "export --format=svg --out=x", "export --format=csv --out=x --metrics=degree,fame", "token --role=OWNER",
            "token --colour", "backtest --split=2018-13-01", "backtest --k=one", "frobnicate", "import --format=cordis --dir=x y"})
    void usageErrorsExitTwoWithTheReasonAndTheUsageAndNoStackTrace(String args) {
        Run r = run(args.split(" "));

        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: kaonet").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"token --name=alice --role=admin", "token --name alice --role admin"})
    void bothSpellingsOfAnOptionValueAreOneSyntax(String args) {
        Run r = run(args.split(" "));

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("name: alice").contains("role: ADMIN");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"help", "--help"})
    void theTopLevelHelpListsEveryCommand(String arg) {
        Run r = run(arg);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("import").contains("export").contains("token").contains("backtest");
    }
}
