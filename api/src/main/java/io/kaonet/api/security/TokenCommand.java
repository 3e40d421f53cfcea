package io.kaonet.api.security;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar kaonet.jar token [--name NAME] [--role VIEWER|COORDINATOR|ADMIN]}: makes a new API
 * token, prints it once for its holder and prints the configuration (name, role, SHA-256) the server
 * keeps. The server never sees or stores the token itself. {@code --hash TOKEN} prints only the hash of
 * an existing token.
 */
@Command(name = TokenCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false,
        description = "Makes a new API token and prints the server configuration that accepts it.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "2:usage error"})
public final class TokenCommand implements Callable<Integer> {

    /** The first program argument that runs this command instead of the server. */
    public static final String NAME = "token";

    @Option(names = "--name", paramLabel = "NAME", description = "Who holds the token (default: ${DEFAULT-VALUE}).",
            defaultValue = "client")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", converter = RoleConverter.class,
            description = "VIEWER, COORDINATOR or ADMIN (default: VIEWER).")
    Role role = Role.VIEWER;

    @Option(names = "--hash", paramLabel = "TOKEN", description = "Print only the SHA-256 of an existing token.")
    String hashOf;

    private final PrintStream out;

    /** @param out where to print */
    public TokenCommand(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the command on its own.
     *
     * @param args the arguments after {@value #NAME}
     * @param out  where to print (the usage, on a usage error, too)
     * @return the process exit status: 0, or 2 for bad arguments
     */
    public static int run(String[] args, PrintStream out) {
        CommandLine line = new CommandLine(new TokenCommand(out));
        line.setOut(new java.io.PrintWriter(out, true));
        line.setErr(new java.io.PrintWriter(out, true));
        return line.execute(args);
    }

    @Override
    public Integer call() {
        if (hashOf != null) {
            out.println(ApiTokens.hash(hashOf));
            return 0;
        }
        String token = ApiTokens.newToken();
        TokenSettings settings = new TokenSettings(name, role, ApiTokens.hash(token));
        out.printf("""
                Token for %s (give it to its holder; it is not stored anywhere and is shown only now):
                  %s

                Server configuration (application.yml, or KAONET_SECURITY_TOKENS_<i>_NAME/_ROLE/_HASH):
                kaonet:
                  security:
                    tokens:
                      - name: %s
                        role: %s
                        hash: %s
                """, settings.name(), token, settings.name(), settings.role(), settings.hash());
        return 0;
    }

    /** A role in any case. */
    static final class RoleConverter implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a role (VIEWER, COORDINATOR or ADMIN)");
            }
        }
    }
}
