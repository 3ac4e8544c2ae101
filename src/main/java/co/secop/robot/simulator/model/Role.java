package co.secop.robot.simulator.model;

public enum Role {
    /** Supplier (proveedor): "Mis contratos", Plan de pagos. */
    CONTRACTOR,
    /** Entity user who approves, rejects and pays the payment requests. */
    SUPERVISOR
}
