package co.secop.robot.simulator.model;

import java.math.BigDecimal;

/** An electronic invoice registered at DIAN (what "Validar" checks the form against). */
public record DianInvoice(String cufe, String number, BigDecimal totalValue) {}
