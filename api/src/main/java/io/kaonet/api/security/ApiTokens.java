package io.kaonet.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The API tokens the server accepts, kept as SHA-256 hashes. A presented token is hashed and compared
 * in constant time with every configured hash. Tokens are 256 random bits, so a fast hash is enough:
 * there is nothing to guess from a hash that is cheaper than guessing the token (a slow password hash
 * would only slow every request down).
 */
public final class ApiTokens {

    /** Prefix of generated tokens, so that secret scanners and people recognise them. */
    public static final String PREFIX = "kao_";
    private static final int TOKEN_BYTES = 32;

    private final List<Entry> entries;

    private ApiTokens(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The tokens of a configuration. */
    public static ApiTokens of(List<TokenSettings> tokens) {
        List<Entry> entries = new ArrayList<>();
        for (TokenSettings t : tokens) {
            entries.add(new Entry(t.name(), t.role(), HexFormat.of().parseHex(t.hash())));
        }
        return new ApiTokens(entries);
    }

    /** Whether no token is configured. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** How many tokens are accepted. */
    public int size() {
        return entries.size();
    }

    /** These tokens and one more. */
    public ApiTokens with(TokenSettings token) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(token.name(), token.role(), HexFormat.of().parseHex(token.hash())));
        return new ApiTokens(more);
    }

    /** The caller a presented token stands for, or empty when it is not a configured token. */
    public Optional<Caller> authenticate(String token) {
        byte[] digest = digest(token);
        Caller found = null;
        for (Entry e : entries) {
            // every entry is compared, so the time does not tell which one matched
            if (MessageDigest.isEqual(digest, e.hash()) && found == null) {
                found = new Caller(e.name(), e.role(), true);
            }
        }
        return Optional.ofNullable(found);
    }

    /** The SHA-256 of a token's UTF-8 bytes as 64 lower-case hex digits: the form configured in {@code hash}. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(digest(token));
    }

    /** A new random token: {@value #PREFIX} and 256 random bits, base64url. */
    public static String newToken(Random random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new token from a {@link SecureRandom}. */
    public static String newToken() {
        return newToken(new SecureRandom());
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Entry(String name, Role role, byte[] hash) {
    }
}
