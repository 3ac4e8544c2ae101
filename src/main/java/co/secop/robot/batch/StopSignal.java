package co.secop.robot.batch;

import java.util.concurrent.atomic.AtomicBoolean;

/** Ctrl+C asks the batch to stop; the batch stops at the next step boundary, never in the middle of one. */
public final class StopSignal {

    private final AtomicBoolean requested = new AtomicBoolean();

    public void request() {
        requested.set(true);
    }

    public boolean requested() {
        return requested.get();
    }

    /** Throws {@link StopRequestedException} when a stop was asked for. */
    void checkpoint() {
        if (requested.get()) {
            throw new StopRequestedException();
        }
    }

    /** Unwinds the current row when the user pressed Ctrl+C. */
    static final class StopRequestedException extends RuntimeException {
        StopRequestedException() {
            super("Detenido por el usuario", null, false, false);
        }
    }
}
