# language: es
@regresion @simulador @plan-entidad
Característica: Contrato con plan de pagos definido por la entidad
  Cuando la entidad definió el plan de pagos no hay botón «Crear»: el contratista usa «Registro» en
  la fila del mes que cobra. El contrato CPS-2026-0102 además tiene una modificación pendiente, que
  agrega una sección al principio del detalle.

  Escenario: El robot registra el pago de noviembre en la fila «Pago 11 de 12» del plan de la entidad
    Dado los pagos de la hoja "Noviembre" del archivo "sample-data/pagos-qa.xlsx"
    Y que inicié sesión como contratista con la empresa "Juana Pérez Gómez"
    Cuando abro el detalle del contrato "CPS-2026-0102"
    Entonces el detalle tiene como primera sección "Modificación pendiente"
    Cuando abro la sección «Ejecución del Contrato»
    Entonces el plan de pagos no ofrece el botón «Crear»
    Y el plan de pagos tiene 12 filas en estado "Pendiente"
    Y la fila del plan "Pago 11 de 12" espera el pago el "30/11/2026" y ofrece las acciones "Registro"
    Cuando radico el pago de la fila 3
    Entonces la fila 3 termina "Enviado"
    Y el registro del robot para la fila 3 incluye "fila del plan de la entidad «Pago 11 de 12» → «Registro»"
    Y el plan de pagos del contrato "CPS-2026-0102" muestra la solicitud "Pago 11 de 12" en estado "Enviado a la entidad estatal"
    Y el plan de pagos tiene 11 filas en estado "Pendiente"
    Y el simulador guardó la solicitud "011" del contrato "CPS-2026-0102" con:
      | referencia  | Pago 11 de 12                                     |
      | estado      | Enviado a la entidad estatal                      |
      | valor total | 4.000.000,00                                      |
      | historial   | Pendiente, Borrador, Enviado a la entidad estatal |
    Y el simulador tiene 11 filas del plan del contrato "CPS-2026-0102" en estado "Pendiente"
