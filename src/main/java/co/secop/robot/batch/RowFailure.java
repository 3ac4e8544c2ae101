package co.secop.robot.batch;

/** A row that cannot be finished for a reason the contractor can read (Spanish). */
public class RowFailure extends RuntimeException {
    public RowFailure(String message) {
        super(message);
    }

    public RowFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
