package co.secop.robot.portal;

import co.secop.robot.portal.locate.Texts;

/**
 * One row of "Mis contratos", texts as the portal shows them (state in Spanish).
 *
 * @param id     "Id del contrato", e.g. {@code 7784301}
 * @param number "Número del Contrato", e.g. {@code CPS-2026-0101}
 * @param entity "Entidad Estatal"
 * @param value  e.g. {@code 42.000.000 COP}
 * @param state  e.g. {@code En ejecución}, {@code Terminado}
 */
public record ContractRow(String id, String number, String entity, String value, String state) {

    /** True when {@code numberOrId} is this contract's number or id (spaces and case ignored). */
    public boolean matches(String numberOrId) {
        String wanted = Texts.normalize(numberOrId);
        return !wanted.isEmpty() && (wanted.equals(Texts.normalize(number)) || wanted.equals(Texts.normalize(id)));
    }
}
