package co.secop.robot.batch;

/**
 * SICOPI does not know a planilla yet: the row ends «Planilla pendiente», nothing was saved, and running the same
 * sheet again later finishes it. The message is Spanish.
 */
public final class PlanillaPending extends RowFailure {
    public PlanillaPending(String message) {
        super(message);
    }
}
