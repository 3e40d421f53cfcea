package io.kaonet.api;

import io.kaonet.api.exchange.ExchangeCommand;
import io.kaonet.api.matchmaking.BacktestCommand;
import io.kaonet.api.security.TokenCommand;
import io.kaonet.queries.connection.Neo4jConnection;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Kaonet's command line, one picocli syntax for every command: {@code java -jar kaonet.jar import …},
 * {@code export …}, {@code token …}, {@code backtest …}; {@code --help} after any of them prints its
 * usage. Options take their value as {@code --name=value} or {@code --name value}. Without a command
 * the jar starts the server.
 *
 * <p>Exit codes, the same for every command: 0 done; 1 refused or failed, with the reason in one
 * line per problem and never a stack trace; 2 usage error, with the usage.
 */
@Command(name = "kaonet", mixinStandardHelpOptions = true, subcommands = CommandLine.HelpCommand.class,
        description = "Kaonet's command line. Without a command, java -jar kaonet.jar starts the server.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:refused or failed (the reason is printed, never a stack trace)",
                "2:usage error (the usage is printed)"})
public final class KaonetCommandLine {

    /** The first arguments that run a command instead of the server. */
    public static final Set<String> COMMANDS = Set.of("import", "export", TokenCommand.NAME, "backtest", "help");

    private KaonetCommandLine() {
    }

    /** Whether the arguments ask for a command rather than the server. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command; imports and exports open the database their options name. Returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, null);
    }

    /**
     * Runs a command; imports and exports use the given open database (the tests run many commands
     * on one store, which takes seconds to start), or the one their options name when it is null.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Neo4jConnection open) {
        CommandLine line = new CommandLine(new KaonetCommandLine())
                .addSubcommand(new ExchangeCommand.Import(out, err, open))
                .addSubcommand(new ExchangeCommand.Export(out, err, open))
                .addSubcommand(new TokenCommand(out))
                .addSubcommand(new BacktestCommand(out));
        line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        line.setParameterExceptionHandler((e, arguments) -> {
            CommandLine.UnmatchedArgumentException.printSuggestions(e, line.getErr());
            line.getErr().println(e.getMessage());
            e.getCommandLine().usage(line.getErr());
            return 2;
        });
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("failed: " + ExchangeCommand.oneLine(e));
            return 1;
        });
        return line.execute(args);
    }

    /** {@code java -cp … io.kaonet.api.KaonetCommandLine …}: a command without the server. */
    public static void main(String[] args) {
        ExchangeCommand.quietLogs();
        System.exit(run(args, System.out, System.err));
    }
}
