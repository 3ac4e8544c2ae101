package co.secop.robot.batch;

import co.secop.robot.spreadsheet.PaymentRow;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the robot did for one row, in Spanish, in order: goes to the report and the log. */
final class StepLog {

    private static final Logger LOG = LoggerFactory.getLogger(StepLog.class);

    private final String row;
    private final StopSignal stop;
    private final PaymentRow paymentRow;
    private final StepObserver observer;
    private final List<String> steps = new ArrayList<>();

    StepLog(String row) {
        this(row, new StopSignal(), null, StepObserver.NONE);
    }

    StepLog(String row, StopSignal stop, PaymentRow paymentRow, StepObserver observer) {
        this.row = row;
        this.stop = stop;
        this.paymentRow = paymentRow;
        this.observer = observer;
    }

    /** Records a finished step; it is also where a Ctrl+C takes effect. */
    void add(String step) {
        note(step);
        stop.checkpoint();
    }

    /** Records a step without stopping there (failures, the stop itself). */
    void note(String step) {
        steps.add(step);
        LOG.info("{}: {}", row, step);
        if (paymentRow != null) {
            try {
                observer.stepDone(paymentRow, step);
            } catch (RuntimeException e) {
                LOG.warn("{}: no se pudo registrar el paso en la traza", row, e);
            }
        }
    }

    List<String> steps() {
        return List.copyOf(steps);
    }
}
