package co.secop.robot.batch;

import co.secop.robot.format.Pesos;
import co.secop.robot.spreadsheet.PaymentRow;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One payment request of a contract's «Plan de pagos» as {@code ./secop estado} read it, texts as the portal
 * writes them.
 *
 * @param company    the company whose «Mis contratos» lists the contract (empty when not chosen)
 * @param number     «Número de factura» (empty for an entity plan row not yet registered)
 * @param totalValue «Valor total» as shown ({@code 3.500.000,00 COP})
 * @param state      the state as shown ({@code Aceptada}, {@code Rechazado}...)
 * @param lastChange when the state last changed, where the plan shows it
 * @param reason     the entity's reason for a «Rechazado»
 * @param row        the sheet row with this number, when a sheet was given
 * @param news       whether the state changed since the last reading of this account and contract
 */
public record RequestState(
        String contract,
        String company,
        String paymentId,
        String number,
        String reference,
        String totalValue,
        String state,
        Optional<LocalDateTime> lastChange,
        Optional<String> reason,
        Optional<PaymentRow> row,
        boolean news) {

    /** The value as a number, when the portal shows one. */
    public Optional<BigDecimal> value() {
        if (totalValue == null || totalValue.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pesos.parse(totalValue));
        } catch (IllegalArgumentException notMoney) {
            return Optional.empty();
        }
    }

    /** The period of the sheet row, when there is one. */
    public Optional<YearMonth> period() {
        return row.map(PaymentRow::period);
    }

    public boolean rejected() {
        return co.secop.robot.portal.PortalStates.REJECTED.equals(state);
    }

    public RequestState asNews(boolean isNew) {
        return new RequestState(
                contract, company, paymentId, number, reference, totalValue, state, lastChange, reason, row, isNew);
    }
}
