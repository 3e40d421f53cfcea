package io.kaonet.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** {@code Query.viewer} tells a page who is asking and what it may write. */
class ViewerGraphQlIT extends ApiIntegrationTest {

    private static final String VIEWER = "{ viewer { name role authenticated mayRecordIntroductions mayImport mayUploadMemberLists } }";

    @Test
    void anAnonymousCallerReadsAsAViewerAndMayWriteNothing() {
        assertThat(viewer(graphQl)).isEqualTo(Map.of("name", "anonymous", "role", "VIEWER", "authenticated", false,
                "mayRecordIntroductions", false, "mayImport", false, "mayUploadMemberLists", false));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aTokenIsNamedWithItsRoleAndTheWritesItAllows(Role role) {
        Map<String, Object> viewer = viewer(as(role));
        assertThat(viewer.get("name")).isEqualTo("test-" + role.name().toLowerCase());
        assertThat(viewer.get("role")).isEqualTo(role.name());
        assertThat(viewer.get("authenticated")).isEqualTo(true);
        assertThat(viewer.get("mayRecordIntroductions")).isEqualTo(role != Role.VIEWER);
        assertThat(viewer.get("mayImport")).isEqualTo(role == Role.ADMIN);
        assertThat(viewer.get("mayUploadMemberLists")).isEqualTo(role != Role.VIEWER);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> viewer(HttpGraphQlTester tester) {
        return tester.document(VIEWER).execute().path("viewer").entity(Map.class).get();
    }
}
