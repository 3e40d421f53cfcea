package io.kaonet.api.limits;

import io.kaonet.api.security.Caller;
import java.util.Comparator;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import io.kaonet.api.errors.ErrorCode;
import io.kaonet.api.jobs.RequestDataVersion;
import io.kaonet.api.jobs.Waiting;
import io.kaonet.core.analysis.AnalysisTerminatedException;
import io.kaonet.core.analysis.TerminationFlag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Holds every operation to the {@link QueryLimitSettings}. Before an operation runs, its
 * {@link QueryMeasurement} is compared with the depth, cost, field and alias limits; an operation over
 * any of them does not run and gets one error per limit it breaks, with {@code extensions.limit} and
 * {@code extensions.actual}. While it runs, no data fetcher starts after the time-out; an operation
 * that passed it answers with {@code data: null} and one {@code TIMEOUT} error. A fetch already
 * running when the time-out passes stops waiting for its analyses ({@link Waiting}), and an analysis
 * no other request or job waits for is cancelled at its next poll, so its CPU is freed within a
 * fraction of a second. Every answer carries its measurement in {@code extensions.cost}.
 */
@Component
@Order(2)
public class QueryLimits implements Instrumentation {

    private final QueryLimitSettings settings;
    private final LongSupplier nanoTime;
    private final AnalysisCost analysisCost;
    private final AnalysisBudget budget;

    @Autowired
    public QueryLimits(QueryLimitSettings settings, AnalysisCost analysisCost, AnalysisBudget budget) {
        this(settings, System::nanoTime, analysisCost, budget);
    }

    /** With a clock of its own, for tests of the time-out; without analysis pricing. */
    QueryLimits(QueryLimitSettings settings, LongSupplier nanoTime) {
        this(settings, nanoTime, null, null);
    }

    private QueryLimits(QueryLimitSettings settings, LongSupplier nanoTime, AnalysisCost analysisCost,
                        AnalysisBudget budget) {
        this.settings = settings;
        this.nanoTime = nanoTime;
        this.analysisCost = analysisCost;
        this.budget = budget;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new RequestState(nanoTime.getAsLong());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        OperationDefinition operation = execution.getOperationDefinition();
        GraphQLObjectType root = switch (operation.getOperation()) {
            case QUERY -> execution.getGraphQLSchema().getQueryType();
            case MUTATION -> execution.getGraphQLSchema().getMutationType();
            case SUBSCRIPTION -> execution.getGraphQLSchema().getSubscriptionType();
        };
        QueryMeasurement measured = QueryMeasurement.of(execution.getGraphQLSchema(), operation.getSelectionSet(), root,
                execution.getFragmentsByName(), execution.getCoercedVariables().toMap(), settings);
        if (state instanceof RequestState request) {
            request.measured = measured;
            request.version = operation.getOperation() == OperationDefinition.Operation.QUERY
                    ? new RequestDataVersion.Memo() : null;
        }
        List<GraphQLError> refusals = new ArrayList<>(refusals(measured));
        if (refusals.isEmpty() && analysisCost != null) {
            List<AnalysisCost.Price> prices = prices(execution, state);
            long total = prices.stream().mapToLong(AnalysisCost.Price::cost).sum();
            if (state instanceof RequestState request) {
                request.analysisCost = total;
            }
            Caller caller = execution.getGraphQLContext().get(Caller.class);
            boolean token = caller != null && caller.authenticated();
            long limit = token ? budget.token() : budget.anonymous();
            if (total > limit) {
                refusals.add(overBudget(prices, total, limit, token));
            }
        }
        if (!refusals.isEmpty()) {
            throw new AbortExecutionException(refusals);
        }
        return null;
    }

    /** The operation's analyses priced with the request's data version bound (the one its fields will use). */
    private List<AnalysisCost.Price> prices(ExecutionContext execution, InstrumentationState state) {
        RequestDataVersion.Memo version = state instanceof RequestState request ? request.version : null;
        return RequestDataVersion.run(version, () -> analysisCost.prices(execution.getNormalizedQueryTree().get()));
    }

    /** The refusal of an operation whose analyses cost more than the caller's budget, naming each of them. */
    private static GraphQLError overBudget(List<AnalysisCost.Price> prices, long total, long limit, boolean token) {
        List<AnalysisCost.Price> costliest = prices.stream()
                .sorted(Comparator.comparingLong(AnalysisCost.Price::cost).reversed()).toList();
        AnalysisCost.Price first = costliest.get(0);
        String setting = "kaonet.graphql.analysis-budget." + (token ? "token" : "anonymous");
        List<Map<String, Object>> fields = new ArrayList<>();
        for (AnalysisCost.Price p : prices) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("field", p.field());
            field.put("path", p.path());
            field.put("cost", p.cost());
            field.put("actors", p.size().actors());
            field.put("ties", p.size().ties());
            fields.add(field);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limit", limit);
        details.put("actual", total);
        details.put("setting", setting);
        details.put("field", first.field());
        details.put("fieldCost", first.cost());
        details.put("analyses", fields);
        String message = "estimated analysis cost " + total + " exceeds the " + (token ? "token" : "anonymous")
                + " budget of " + limit + " by " + (total - limit) + "; " + first.field() + " at " + first.path()
                + " alone costs " + first.cost() + (prices.size() > 1 ? " (" + prices.size() + " analyses in all)" : "")
                + "; the operation was not run";
        return ErrorCode.QUERY_TOO_COSTLY.error(message, details, List.of());
    }

    /** The errors for every limit a measurement breaks; empty when it keeps them all. */
    List<GraphQLError> refusals(QueryMeasurement m) {
        List<GraphQLError> errors = new ArrayList<>();
        over(errors, ErrorCode.QUERY_TOO_DEEP, "query depth", m.depth(), settings.maxDepth(), "kaonet.graphql.max-depth");
        over(errors, ErrorCode.QUERY_TOO_COSTLY, "query cost", m.cost(), settings.maxCost(), "kaonet.graphql.max-cost");
        over(errors, ErrorCode.TOO_MANY_FIELDS, "number of fields", m.fields(), settings.maxFields(),
                "kaonet.graphql.max-fields");
        over(errors, ErrorCode.TOO_MANY_ALIASES, "number of aliases", m.aliases(), settings.maxAliases(),
                "kaonet.graphql.max-aliases");
        return errors;
    }

    private static void over(List<GraphQLError> errors, ErrorCode code, String what, long actual, long limit,
                             String setting) {
        if (actual <= limit) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limit", limit);
        details.put("actual", actual);
        details.put("setting", setting);
        errors.add(code.error(what + " " + actual + " exceeds the limit of " + limit + " by " + (actual - limit)
                + "; the operation was not run", details, List.of()));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || !(state instanceof RequestState request)) {
            return fetcher;
        }
        TerminationFlag inTime = () -> !request.timedOut && elapsedNanos(request) <= settings.timeout().toNanos();
        return env -> {
            if (!inTime.running()) {
                request.timedOut = true;
                return null;
            }
            try {
                return Waiting.run(inTime, () -> RequestDataVersion.run(request.version, () -> fetcher.get(env)));
            } catch (AnalysisTerminatedException e) {
                if (inTime.running()) {
                    throw e;
                }
                request.timedOut = true;
                return null;
            }
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (!(state instanceof RequestState request)) {
            return CompletableFuture.completedFuture(result);
        }
        if (request.timedOut) {
            long limit = settings.timeout().toMillis();
            long actual = TimeUnit.NANOSECONDS.toMillis(elapsedNanos(request));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("limit", limit);
            details.put("actual", actual);
            details.put("setting", "kaonet.graphql.timeout");
            GraphQLError timeout = ErrorCode.TIMEOUT.error("the request ran " + actual + " ms, over the limit of "
                    + limit + " ms; it was stopped and returns no data", details, List.of());
            return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult()
                    .addError(timeout).extensions(costExtension(request)).build());
        }
        if (request.measured == null) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(b -> b.addExtension("cost", cost(request))));
    }

    private long elapsedNanos(RequestState request) {
        return nanoTime.getAsLong() - request.startNanos;
    }

    private static Map<Object, Object> costExtension(RequestState request) {
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (request.measured != null) {
            extensions.put("cost", cost(request));
        }
        return extensions;
    }

    private static Map<String, Object> cost(RequestState request) {
        QueryMeasurement m = request.measured;
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("depth", m.depth());
        cost.put("cost", m.cost());
        cost.put("fields", m.fields());
        cost.put("aliases", m.aliases());
        if (request.analysisCost > 0) {
            cost.put("analysisCost", request.analysisCost);
        }
        return cost;
    }

    /** Per request: when it started, what it measured, its data version (queries only), whether it ran out of time. */
    private static final class RequestState implements InstrumentationState {
        private final long startNanos;
        private volatile QueryMeasurement measured;
        private volatile RequestDataVersion.Memo version;
        private volatile long analysisCost;
        private volatile boolean timedOut;

        RequestState(long startNanos) {
            this.startNanos = startNanos;
        }
    }
}
