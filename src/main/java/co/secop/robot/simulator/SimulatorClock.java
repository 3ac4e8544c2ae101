package co.secop.robot.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The simulator's clock: system time plus an adjustable offset, so tests can make sessions idle
 * without waiting ({@link #advance(Duration)}). Always Bogotá time.
 */
public final class SimulatorClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public SimulatorClock() {
        this(Clock.system(PortalFormat.BOGOTA));
    }

    public SimulatorClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration amount) {
        offset = offset.plus(amount);
    }

    public void resetOffset() {
        offset = Duration.ZERO;
    }

    /** Bogotá local time, whole seconds. */
    public LocalDateTime now() {
        return LocalDateTime.now(this).truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public ZoneId getZone() {
        return PortalFormat.BOGOTA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("el simulador trabaja siempre en hora de Bogotá");
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
