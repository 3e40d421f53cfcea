package io.kaonet.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaonet.api.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** {@code Query.viewer} tells a page who is asking and what it may write. */
class ViewerGraphQlIT extends ApiIntegrationTest {

    private static final String VIEWER = "{ viewer { name role authenticated mayRecordIntroductions mayImport mayUploadMemberLists } }";

    /** {@code Viewer}. */
    record Viewer(String name, String role, Boolean authenticated, Boolean mayRecordIntroductions, Boolean mayImport,
                  Boolean mayUploadMemberLists) {
    }

    @Test
    void anAnonymousCallerReadsAsAViewerAndMayWriteNothing() {
        assertThat(viewer(graphQl)).isEqualTo(new Viewer("anonymous", "VIEWER", false, false, false, false));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aTokenIsNamedWithItsRoleAndTheWritesItAllows(Role role) {
        assertThat(viewer(as(role))).isEqualTo(new Viewer("test-" + role.name().toLowerCase(), role.name(), true,
                role != Role.VIEWER, role == Role.ADMIN, role != Role.VIEWER));
    }

    private static Viewer viewer(HttpGraphQlTester tester) {
        return tester.document(VIEWER).execute().path("viewer").entity(Viewer.class).get();
    }
}
