package co.secop.robot.simulator.model;

import java.time.LocalDateTime;

/** One state transition of a payment entry (Bogotá time). */
public record HistoryEntry(PaymentState state, LocalDateTime at) {}
