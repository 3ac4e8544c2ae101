package co.secop.robot.batch;

import co.secop.robot.spreadsheet.PaymentRow;

/** Watches every step of every row, e.g. to record a support trace. */
public interface StepObserver {

    StepObserver NONE = new StepObserver() {};

    default void rowStarted(PaymentRow row) {}

    default void stepDone(PaymentRow row, String text) {}
}
