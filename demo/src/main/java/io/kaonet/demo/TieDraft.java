package io.kaonet.demo;

import io.kaonet.core.model.TieKind;
import java.time.LocalDate;

/** A generated tie before ids are assigned; source is the giver for directed kinds. */
record TieDraft(ActorDraft source, ActorDraft target, TieKind kind, LocalDate since, LocalDate until, int weight) {
}
