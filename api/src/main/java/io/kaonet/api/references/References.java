package io.kaonet.api.references;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.kaonet.core.model.Actor;
import io.kaonet.core.model.Cluster;
import io.kaonet.queries.reads.ActorQueries;
import io.kaonet.queries.reads.ClusterQueries;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.DataLoader;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * One actor type and one cluster type in every answer (docs/graphql/design.md §2–3): every schema
 * field whose type is {@code Actor} or {@code Cluster} (or a list of them) is resolved here,
 * whatever its data fetcher returns. An analysis may answer with the stored record itself, with an
 * id, or with any record that has an {@code id} component (a projection's actor, a matchmaking
 * contact); this turns the latter two into the stored {@link Actor} or {@link Cluster} through one
 * batched read per request (a DataLoader), so analyses keep their light records and the schema
 * keeps one type. Ids that name nothing stored are dropped from lists and are null as single values.
 *
 * <p>Written here rather than as one {@code @BatchMapping} per field because some forty fields
 * name an actor or a cluster; a type visitor over the schema covers new fields without code.
 */
@Configuration(proxyBeanMethods = false)
public class References {

    static final String ACTORS = "kaonet.actorsById";
    static final String CLUSTERS = "kaonet.clustersById";

    /** The schema types resolved here, with the record type their loader answers and its loader. */
    private static final Map<String, Target> TARGETS = Map.of(
            "Actor", new Target(Actor.class, ACTORS),
            "Cluster", new Target(Cluster.class, CLUSTERS));

    private record Target(Class<?> type, String loader) {
    }

    public References(BatchLoaderRegistry registry, ActorQueries actors, ClusterQueries clusters) {
        registry.forName(ACTORS).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> actorsById(actors, ids)));
        registry.forName(CLUSTERS).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> clustersById(clusters, ids)));
    }

    private static Map<Object, Object> actorsById(ActorQueries actors, Collection<Object> ids) {
        return new HashMap<>(actors.byIds(ids.stream().map(String::valueOf).toList()));
    }

    private static Map<Object, Object> clustersById(ClusterQueries clusters, Collection<Object> ids) {
        Map<Object, Object> out = new HashMap<>();
        for (Cluster c : clusters.all()) {
            if (ids.contains(c.id())) {
                out.put(c.id(), c);
            }
        }
        return out;
    }

    @Bean
    GraphQlSourceBuilderCustomizer referenceResolution() {
        return builder -> builder.typeVisitors(List.of(new Decorator()));
    }

    /** Wraps the data fetcher of every field of type Actor or Cluster. */
    private static final class Decorator extends GraphQLTypeVisitorStub {

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                                                            TraverserContext<GraphQLSchemaElement> context) {
            GraphQLNamedType type = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType());
            Target target = TARGETS.get(type.getName());
            if (target != null && context.getParentNode() instanceof GraphQLFieldsContainer parent) {
                GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
                DataFetcher<?> delegate = registry.getDataFetcher(coordinates, field);
                registry.dataFetcher(coordinates, (DataFetcher<Object>) env -> resolve(delegate.get(env), target, env));
            }
            return TraversalControl.CONTINUE;
        }
    }

    private static Object resolve(Object value, Target target, DataFetchingEnvironment env) {
        if (value instanceof CompletionStage<?> stage) {
            return stage.thenCompose(v -> toFuture(resolve(v, target, env)));
        }
        if (value instanceof Collection<?> list) {
            if (list.stream().allMatch(target.type()::isInstance)) {
                return value;
            }
            DataLoader<Object, Object> loader = env.getDataLoader(target.loader());
            List<CompletableFuture<Object>> futures = new ArrayList<>(list.size());
            for (Object item : list) {
                futures.add(target.type().isInstance(item) ? CompletableFuture.completedFuture(item)
                        : loader.load(id(item)));
            }
            return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                    .thenApply(done -> futures.stream().map(CompletableFuture::join).filter(Objects::nonNull).toList());
        }
        if (value == null || target.type().isInstance(value)) {
            return value;
        }
        DataLoader<Object, Object> loader = env.getDataLoader(target.loader());
        return loader.load(id(value));
    }

    private static CompletableFuture<Object> toFuture(Object value) {
        return value instanceof CompletionStage<?> stage ? stage.toCompletableFuture().thenApply(v -> (Object) v)
                : CompletableFuture.completedFuture(value);
    }

    /** The id of a reference: the value itself when it is a string, else its record's {@code id} component. */
    static String id(Object reference) {
        if (reference instanceof CharSequence s) {
            return s.toString();
        }
        if (reference.getClass().isRecord()) {
            for (RecordComponent c : reference.getClass().getRecordComponents()) {
                if (c.getName().equals("id")) {
                    try {
                        c.getAccessor().trySetAccessible();
                        return String.valueOf(c.getAccessor().invoke(reference));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read the id of " + reference.getClass().getSimpleName(), e);
                    }
                }
            }
        }
        throw new IllegalStateException(reference.getClass().getSimpleName() + " is not a reference to an actor or cluster");
    }
}
