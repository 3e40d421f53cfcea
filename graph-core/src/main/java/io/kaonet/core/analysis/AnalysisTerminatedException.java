package io.kaonet.core.analysis;

import java.util.concurrent.CancellationException;

/**
 * Thrown by an analysis that stopped because its {@link TerminationFlag} said so (a time-out or a
 * cancel). It is a {@link CancellationException}, as an interrupted analysis throws.
 */
public final class AnalysisTerminatedException extends CancellationException {

    private static final long serialVersionUID = 1L;

    /** @param message what was stopped */
    public AnalysisTerminatedException(String message) {
        super(message);
    }
}
