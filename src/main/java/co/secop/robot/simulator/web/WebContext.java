package co.secop.robot.simulator.web;

import co.secop.robot.simulator.PortalState;
import co.secop.robot.simulator.SimulatorClock;
import co.secop.robot.simulator.SimulatorSettings;

/** What every controller needs. */
public record WebContext(
        PortalState state, SessionStore sessions, Guard guard, SimulatorSettings settings, SimulatorClock clock) {}
