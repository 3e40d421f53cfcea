package io.kaonet.api.isolation;

import io.kaonet.core.isolation.IsolationReason;

/** How many firms of the scope have a reason (GraphQL {@code IsolationReasonCount}). */
public record ReasonCount(IsolationReason reason, int firms) {
}
