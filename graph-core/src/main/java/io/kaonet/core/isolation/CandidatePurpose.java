package io.kaonet.core.isolation;

import io.kaonet.core.model.ActorKind;
import java.util.Objects;

/** What a candidate partner would bring an isolated firm, and which actor kinds can bring it. */
public enum CandidatePurpose {
    /** A university, research institute or TLO: remedies {@link IsolationReason#NO_KNOWLEDGE_SOURCE}. */
    KNOWLEDGE_SOURCE,
    /** A financier: remedies {@link IsolationReason#NO_FINANCIER}. */
    FINANCIER,
    /**
     * A coordinator, support organisation or incubator, the actors whose job is to introduce firms
     * to others: remedies having no or one tie, being outside the main component and sitting in the
     * lowest shell.
     */
    INTERMEDIARY;

    /**
     * Whether an actor of this kind can serve this purpose.
     *
     * @throws NullPointerException if {@code kind} is null
     */
    public boolean accepts(ActorKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        return switch (this) {
            case KNOWLEDGE_SOURCE -> kind.isKnowledgeSource();
            case FINANCIER -> kind == ActorKind.FINANCIER;
            case INTERMEDIARY -> kind == ActorKind.COORDINATOR || kind == ActorKind.SUPPORT_ORGANIZATION
                    || kind == ActorKind.INCUBATOR;
        };
    }
}
