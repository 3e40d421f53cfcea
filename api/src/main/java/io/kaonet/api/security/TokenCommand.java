package io.kaonet.api.security;

import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code java -jar kaonet.jar token [--name NAME] [--role VIEWER|COORDINATOR|ADMIN]}: makes a new API
 * token, prints it once for its holder and prints the configuration (name, role, SHA-256) the server
 * keeps. The server never sees or stores the token itself. {@code --hash TOKEN} prints only the hash of
 * an existing token.
 */
public final class TokenCommand {

    /** The first program argument that runs this command instead of the server. */
    public static final String NAME = "token";

    private TokenCommand() {
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after {@value #NAME}
     * @param out  where to print
     * @return the process exit status: 0, or 2 for bad arguments
     */
    public static int run(String[] args, PrintStream out) {
        String name = "client";
        Role role = Role.VIEWER;
        String hashOf = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--name" -> name = value(args, ++i);
                    case "--role" -> role = Role.valueOf(value(args, ++i).toUpperCase(Locale.ROOT));
                    case "--hash" -> hashOf = value(args, ++i);
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
            }
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            out.println("usage: token [--name NAME] [--role VIEWER|COORDINATOR|ADMIN] | token --hash TOKEN");
            return 2;
        }
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

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
