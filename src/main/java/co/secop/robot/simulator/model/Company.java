package co.secop.robot.simulator.model;

/** A supplier company or the entity. {@code code} is the NIT-like number the portal uses as option value. */
public record Company(String code, String name) {}
