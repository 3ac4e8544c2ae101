# language: es
@regresion @simulador @ensayo
Característica: Ensayo (--ensayo): todo menos «Enviar»
  En modo ensayo el robot diligencia, anexa y confirma, pero se detiene antes de «Enviar»: la
  solicitud queda «Borrador» y la entidad no recibe nada.

  Escenario: En modo ensayo la solicitud queda en «Borrador» y no se envía nada
    Dado los pagos de la hoja "Noviembre" del archivo "sample-data/pagos-qa.xlsx"
    Cuando radico en modo ensayo el pago de la fila 2
    Entonces la fila 2 termina "Ensayo: listo para enviar"
    Y el registro del robot para la fila 2 incluye "Ensayo: se detuvo antes de «Enviar»"
    Y el plan de pagos del contrato "CPS-2026-0101" muestra la solicitud "011" en estado "Borrador"
    Y la solicitud "011" ofrece las acciones "Registro, Enviar, Borrar, Detalle"
    Y el simulador tiene la solicitud "011" del contrato "CPS-2026-0101" en estado "Borrador"
    Y ninguna solicitud del contrato "CPS-2026-0101" fue enviada a la entidad
