package io.kaonet.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kaonet.core.model.Actor;
import io.kaonet.core.model.ActorKind;
import io.kaonet.core.model.NetworkBatch;
import io.kaonet.queries.connection.Neo4jServerProcess;
import io.kaonet.queries.connection.Neo4jServerProcess.Scheme;
import io.kaonet.queries.connection.Neo4jConnection;
import io.kaonet.queries.projection.ProjectionReader;
import io.kaonet.queries.reads.StoreQueries;
import io.kaonet.queries.writes.BulkWriter;
import io.kaonet.queries.writes.NetworkWriter;
import io.kaonet.queries.writes.WriteAccess;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.SessionConfig;

/**
 * {@link NetworkStoreIT}'s tests against a Neo4j server in another process, reached through a
 * routing URI ({@code neo4j://}, as a cluster or Aura is): every write, read and projection goes
 * through the driver. And what only an external server shows: the reader's choice of access, and the
 * bookmarks that keep the data version causally consistent.
 */
@Tag(Neo4jServerProcess.TAG)
@Order(Neo4jServerProcess.RUN_LAST)
class ExternalNetworkStoreIT extends NetworkStoreIT {

    @Override
    Neo4jConnection database() {
        return TestDatabase.external(Scheme.ROUTING);
    }

    @Test
    void projectionsOfAnExternalServerAreReadThroughTheDriver() {
        Neo4jConnection external = database();

        assertThat(external.embedded()).isFalse();
        assertThat(external.uri()).startsWith("neo4j://");
        assertThat(new ProjectionReader(external).access()).isEqualTo(ProjectionReader.Access.DRIVER);
        assertThatThrownBy(() -> new ProjectionReader(external, ProjectionReader.Access.JAVA_API))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(external.uri());
    }

    @Test
    void writesToAnExternalServerGoThroughTheDriver() {
        Neo4jConnection external = database();

        assertThat(new NetworkWriter(external).access()).isEqualTo(WriteAccess.DRIVER);
        assertThat(new BulkWriter(external).access()).isEqualTo(WriteAccess.DRIVER);
        assertThatThrownBy(() -> new NetworkWriter(external, WriteAccess.JAVA_API))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(external.uri());
    }

    @Test
    void eachWriteLeavesABookmarkThatAReaderThroughTheOtherSchemeWaitsFor() {
        Neo4jConnection routing = database();
        Neo4jConnection direct = TestDatabase.external(Scheme.BOLT);
        NetworkWriter writer = new NetworkWriter(routing);

        long first = writer.write(smallNetwork()).dataVersion();
        Set<Bookmark> afterFirst = routing.bookmarkManager().getBookmarks();
        long second = writer.write(new NetworkBatch(List.of(Actor.of("co3", "New Firm", ActorKind.COMPANY)),
                List.of(), List.of(), List.of(), List.of(), List.of())).dataVersion();
        Set<Bookmark> afterSecond = routing.bookmarkManager().getBookmarks();

        assertThat(afterFirst).isNotEmpty();
        assertThat(afterSecond).isNotEmpty().isNotEqualTo(afterFirst);
        assertThat(second).isEqualTo(first + 1);
        // A session of another driver given the writer's bookmarks starts only once the server holds
        // those writes: on a cluster, this is what makes a read after an import see the import.
        try (var session = direct.driver().session(SessionConfig.builder().withBookmarks(afterSecond).build())) {
            Long version = session.executeRead(tx -> tx.run("MATCH (m:KaonetMeta {id: 'kaonet'}) RETURN m.version AS v")
                    .single().get("v").asLong());
            assertThat(version).isEqualTo(second);
        }
        assertThat(new StoreQueries(direct).dataVersion()).isEqualTo(second);
        assertThat(new StoreQueries(direct).counts()).containsEntry("actors", 5L);
    }
}
