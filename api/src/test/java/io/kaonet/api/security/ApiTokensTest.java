package io.kaonet.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Token hashing, checking and creation; roles and callers. */
class ApiTokensTest {

    /** SHA-256 of "abc", FIPS 180-2 appendix B.1. */
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Nested
    class Hashing {

        @Test
        void hashIsTheSha256OfTheUtf8TokenInLowerCaseHex() {
            assertThat(ApiTokens.hash("abc")).isEqualTo(SHA256_ABC);
        }

        @Test
        void configuredHashMayCarryAPrefixAndUpperCase() {
            assertThat(new TokenSettings("n", Role.VIEWER, "sha256:" + SHA256_ABC.toUpperCase()).hash())
                    .isEqualTo(SHA256_ABC);
        }

        @Test
        void hashThatIsNotASha256IsRefusedNamingTheToken() {
            assertThatThrownBy(() -> new TokenSettings("ops", Role.ADMIN, "secret"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("token 'ops'").hasMessageContaining("64 hex digits");
        }

        @Test
        void tokenWithoutNameOrRoleIsRefused() {
            assertThatThrownBy(() -> new TokenSettings(" ", Role.ADMIN, SHA256_ABC)).hasMessageContaining("name");
            assertThatThrownBy(() -> new TokenSettings("ops", null, SHA256_ABC)).hasMessageContaining("role");
        }
    }

    @Nested
    class Checking {

        private final ApiTokens tokens = ApiTokens.of(List.of(
                new TokenSettings("reader", Role.VIEWER, ApiTokens.hash("r-token")),
                new TokenSettings("ops", Role.ADMIN, ApiTokens.hash("a-token"))));

        @Test
        void configuredTokenStandsForItsNameAndRole() {
            assertThat(tokens.authenticate("a-token")).contains(new Caller("ops", Role.ADMIN, true));
            assertThat(tokens.authenticate("r-token")).contains(new Caller("reader", Role.VIEWER, true));
        }

        @Test
        void unknownTokenOrTheHashItselfIsNotAccepted() {
            assertThat(tokens.authenticate("a-token ")).isEmpty();
            assertThat(tokens.authenticate(ApiTokens.hash("a-token"))).isEmpty();
            assertThat(tokens.authenticate("")).isEmpty();
        }

        @Test
        void generatedTokensAreRandomAndPrefixed() {
            Random seeded = new Random(7);
            String first = ApiTokens.newToken(seeded);
            String second = ApiTokens.newToken(seeded);

            assertThat(first).startsWith("kao_").hasSize(4 + 43).isNotEqualTo(second);
            assertThat(first.substring(4)).matches("[A-Za-z0-9_-]+");
        }
    }

    @Nested
    class Roles {

        @Test
        void rolesIncludeTheOnesBelow() {
            assertThat(Role.ADMIN.includes(Role.COORDINATOR)).isTrue();
            assertThat(Role.COORDINATOR.includes(Role.VIEWER)).isTrue();
            assertThat(Role.VIEWER.includes(Role.COORDINATOR)).isFalse();
            assertThat(Role.COORDINATOR.includes(Role.ADMIN)).isFalse();
        }

        @Test
        void anonymousReadsOnlyWhenAllowedAndNeverWrites() {
            assertThat(Caller.anonymous(true).may(Role.VIEWER, false)).isTrue();
            assertThat(Caller.anonymous(true).may(Role.VIEWER, true)).isFalse();
            assertThat(Caller.anonymous(true).may(Role.COORDINATOR, false)).isFalse();
            assertThat(Caller.anonymous(false).may(Role.VIEWER, false)).isFalse();
        }

        @Test
        void tokenCallerMayWhatItsRoleIncludes() {
            Caller coordinator = new Caller("c", Role.COORDINATOR, true);
            assertThat(coordinator.may(Role.COORDINATOR, true)).isTrue();
            assertThat(coordinator.may(Role.VIEWER, true)).isTrue();
            assertThat(coordinator.may(Role.ADMIN, true)).isFalse();
        }
    }

    @Nested
    class Command {

        private String run(String... args) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int status = TokenCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(status).as("exit status").isZero();
            return bytes.toString(StandardCharsets.UTF_8);
        }

        @Test
        void newTokenIsPrintedWithAConfigurationThatAcceptsIt() {
            String out = run("--name", "alice", "--role", "coordinator");

            Matcher token = Pattern.compile("^  (kao_\\S+)$", Pattern.MULTILINE).matcher(out);
            Matcher hash = Pattern.compile("hash: ([0-9a-f]{64})").matcher(out);
            assertThat(token.find()).isTrue();
            assertThat(hash.find()).isTrue();
            assertThat(out).contains("name: alice", "role: COORDINATOR");
            ApiTokens configured = ApiTokens.of(List.of(new TokenSettings("alice", Role.COORDINATOR, hash.group(1))));
            assertThat(configured.authenticate(token.group(1))).contains(new Caller("alice", Role.COORDINATOR, true));
        }

        @Test
        void hashOfAGivenTokenMatchesSha256() {
            assertThat(run("--hash", "abc").strip()).isEqualTo(SHA256_ABC);
        }

        @Test
        void unknownArgumentOrRoleIsAUsageError() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

            assertThat(TokenCommand.run(new String[] {"--role", "OWNER"}, out)).isEqualTo(2);
            assertThat(TokenCommand.run(new String[] {"--colour"}, out)).isEqualTo(2);
            assertThat(TokenCommand.run(new String[] {"--name"}, out)).isEqualTo(2);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Usage: token");
        }
    }
}
