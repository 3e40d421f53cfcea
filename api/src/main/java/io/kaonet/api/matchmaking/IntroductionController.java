package io.kaonet.api.matchmaking;

import static io.kaonet.api.errors.InvalidArgumentException.requireGiven;

import io.kaonet.api.paging.Connection;
import io.kaonet.core.model.TieKind;
import io.kaonet.queries.introductions.CoordinatorRecord;
import io.kaonet.queries.introductions.Introduction;
import io.kaonet.queries.introductions.IntroductionFilter;
import io.kaonet.queries.introductions.IntroductionLog;
import io.kaonet.queries.introductions.IntroductionWrite;
import java.time.LocalDate;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The introduction log: record introductions and their outcomes, list them, and count per coordinator.
 * The two mutations write; they need the COORDINATOR role once access control is in place.
 */
@Controller
public class IntroductionController {

    static final String CURSOR_KIND = "introduction";

    private final IntroductionLog log;

    public IntroductionController(IntroductionLog log) {
        this.log = log;
    }

    /**
     * The arguments of {@code Mutation.recordIntroduction}.
     *
     * @param input the introduction
     */
    public record RecordIntroductionArguments(RecordIntroductionInput input) {
    }

    /**
     * The arguments of {@code Mutation.recordOutcome}.
     *
     * @param input the outcome
     */
    public record RecordOutcomeArguments(RecordOutcomeInput input) {
    }

    @MutationMapping
    public IntroductionWrite recordIntroduction(@Arguments RecordIntroductionArguments arguments) {
        RecordIntroductionInput input = arguments.input();
        return log.recordIntroduction(input.coordinatorId(), input.actorIds(), input.date(), input.note());
    }

    @MutationMapping
    public IntroductionWrite recordOutcome(@Arguments RecordOutcomeArguments arguments) {
        RecordOutcomeInput input = arguments.input();
        return log.recordOutcome(input.introductionId(), input.collaboration(), input.date(), input.giverId(),
                input.note());
    }

    /**
     * The arguments of {@code Query.introductions}; an omitted filter argument does not restrict, the
     * page size's default is the schema's.
     *
     * @param coordinatorId only introductions by this coordinator
     * @param actorId       only introductions of this actor
     * @param clusterId     only introductions within this cluster
     * @param from          only introductions on or after this day
     * @param to            only introductions on or before this day
     * @param first         page size
     * @param after         cursor of the previous page's last introduction, or null
     */
    public record IntroductionsArguments(String coordinatorId, String actorId, String clusterId, LocalDate from,
                                         LocalDate to, Integer first, String after) {

        public IntroductionsArguments {
            requireGiven("first", first);
        }
    }

    /**
     * The arguments of {@code Query.coordinatorIntroductions}; an omitted one does not restrict.
     *
     * @param coordinatorId only this coordinator
     * @param clusterId     only introductions within this cluster
     * @param from          only introductions on or after this day
     * @param to            only introductions on or before this day
     */
    public record CoordinatorIntroductionsArguments(String coordinatorId, String clusterId, LocalDate from,
                                                    LocalDate to) {
    }

    @QueryMapping
    public Connection<Introduction> introductions(@Arguments IntroductionsArguments arguments) {
        List<Introduction> all = log.list(new IntroductionFilter(arguments.coordinatorId(), arguments.actorId(),
                arguments.clusterId(), arguments.from(), arguments.to()));
        return Connection.afterId(all, CURSOR_KIND, Introduction::id, arguments.first(), arguments.after(),
                "an introduction");
    }

    @QueryMapping
    public List<CoordinatorRecord> coordinatorIntroductions(@Arguments CoordinatorIntroductionsArguments arguments) {
        return log.coordinators(new IntroductionFilter(arguments.coordinatorId(), null, arguments.clusterId(),
                arguments.from(), arguments.to()));
    }

    @SchemaMapping(typeName = "Introduction", field = "coordinator")
    public NamedActor coordinator(Introduction introduction) {
        return introduction.coordinatorId() == null ? null
                : new NamedActor(introduction.coordinatorId(), introduction.coordinatorName());
    }

    @SchemaMapping(typeName = "Introduction", field = "actors")
    public List<NamedActor> actors(Introduction introduction) {
        return List.of(new NamedActor(introduction.firstId(), introduction.firstName()),
                new NamedActor(introduction.secondId(), introduction.secondName()));
    }

    @SchemaMapping(typeName = "Introduction", field = "source")
    public String source(Introduction introduction) {
        return introduction.firstId();
    }

    @SchemaMapping(typeName = "Introduction", field = "target")
    public String target(Introduction introduction) {
        return introduction.secondId();
    }

    @SchemaMapping(typeName = "Introduction", field = "outcome")
    public TieKind outcome(Introduction introduction) {
        return introduction.outcomeKind();
    }

    @SchemaMapping(typeName = "Introduction", field = "daysToOutcome")
    public Long daysToOutcome(Introduction introduction) {
        return introduction.daysToOutcome();
    }

    @SchemaMapping(typeName = "CoordinatorIntroductions", field = "coordinator")
    public NamedActor coordinator(CoordinatorRecord record) {
        return new NamedActor(record.coordinatorId(), record.coordinatorName());
    }

    @SchemaMapping(typeName = "IntroductionPayload", field = "ok")
    public boolean ok(IntroductionWrite write) {
        return write.ok();
    }

    @SchemaMapping(typeName = "IntroductionPayload", field = "error")
    public IntroductionError error(IntroductionWrite write) {
        return write.ok() ? null : new IntroductionError(write.failure(), write.message());
    }

    /**
     * An actor named in the log.
     *
     * @param id   its id
     * @param name its name
     */
    public record NamedActor(String id, String name) {
    }

    /**
     * Why a write was refused.
     *
     * @param code    the kind of refusal
     * @param message what is wrong
     */
    public record IntroductionError(IntroductionWrite.Failure code, String message) {
    }

    /**
     * The recordIntroduction input.
     *
     * @param coordinatorId who made the introduction
     * @param actorIds      the two actors
     * @param date          the day
     * @param note          free text, or null
     */
    public record RecordIntroductionInput(String coordinatorId, List<String> actorIds, LocalDate date, String note) {
    }

    /**
     * The recordOutcome input.
     *
     * @param introductionId the introduction
     * @param collaboration  the kind of collaboration, or null for none
     * @param date           the day of the outcome
     * @param giverId        the giver of a directed collaboration, or null
     * @param note           free text, or null
     */
    public record RecordOutcomeInput(String introductionId, TieKind collaboration, LocalDate date, String giverId,
                                     String note) {
    }
}
