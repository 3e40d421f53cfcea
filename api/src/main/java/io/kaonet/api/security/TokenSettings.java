package io.kaonet.api.security;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One configured API token ({@code kaonet.security.tokens[i]}): the server keeps only the SHA-256 of
 * the token, never the token itself.
 *
 * @param name who holds it (shown in logs and in refusals)
 * @param role what it may do
 * @param hash the token's SHA-256 as 64 hex digits, optionally prefixed with {@code sha256:}
 */
public record TokenSettings(String name, Role role, String hash) {

    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    public TokenSettings {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("kaonet.security.tokens: every token needs a name");
        }
        if (role == null) {
            throw new IllegalArgumentException("kaonet.security.tokens: token '" + name + "' needs a role "
                    + "(VIEWER, COORDINATOR or ADMIN)");
        }
        String digits = hash == null ? "" : hash.trim().toLowerCase(Locale.ROOT);
        if (digits.startsWith("sha256:")) {
            digits = digits.substring("sha256:".length());
        }
        if (!HEX_SHA256.matcher(digits).matches()) {
            throw new IllegalArgumentException("kaonet.security.tokens: the hash of token '" + name
                    + "' must be the SHA-256 of the token as 64 hex digits (see docs/graphql.md), was '" + hash + "'");
        }
        hash = digits;
    }
}
