package co.secop.robot.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/** What the robot did for one row, in Spanish, in order: goes to the report and the log. */
final class StepLog {

    private static final Logger LOG = LoggerFactory.getLogger(StepLog.class);

    private final String row;
    private final List<String> steps = new ArrayList<>();

    StepLog(String row) {
        this.row = row;
    }

    void add(String step) {
        steps.add(step);
        LOG.info("{}: {}", row, step);
    }

    List<String> steps() {
        return List.copyOf(steps);
    }
}
