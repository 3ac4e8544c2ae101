# language: es
@regresion @simulador @sesion
Característica: La sesión de SECOP II expira en medio del trámite
  SECOP II cierra la sesión por inactividad. El robot inicia sesión de nuevo y retoma la fila sin
  duplicar la solicitud; quien trabaja a mano ve el aviso del portal.

  Escenario: La sesión expira cuando el robot pulsa «Confirmar»: inicia sesión de nuevo y termina
    Dado los pagos de la hoja "Noviembre" del archivo "sample-data/pagos-qa.xlsx"
    Y que la sesión del portal expira cuando el robot pulsa «Confirmar»
    Cuando radico el pago de la fila 2
    Entonces la sesión expiró durante la radicación
    Y la fila 2 termina "Enviado"
    Y el registro del robot para la fila 2 incluye "La sesión expiró: inicia sesión de nuevo y retoma la fila"
    Y el plan de pagos del contrato "CPS-2026-0101" muestra la solicitud "011" en estado "Enviado a la entidad estatal"
    Y el simulador tiene una sola solicitud "011" del contrato "CPS-2026-0101", en estado "Enviado a la entidad estatal"

  Escenario: La sesión expira con el formulario abierto y el portal lo avisa
    Dado los pagos de la hoja "Noviembre" del archivo "sample-data/pagos-qa.xlsx"
    Y que inicié sesión como contratista con la empresa "Juana Pérez Gómez"
    Y que abro el plan de pagos del contrato "CPS-2026-0101"
    Y que pulso «Crear» en el plan de pagos
    Y que diligencio el formulario con los datos de la fila 2
    Cuando la sesión del portal expira
    Y pulso «Confirmar»
    Entonces el portal avisa que la sesión expiró: "La sesión ha expirado por inactividad."
    Cuando vuelvo a abrir SECOP II
    Entonces la página de inicio de sesión dice "La sesión ha expirado por inactividad."
    Y el simulador no tiene la solicitud "011" del contrato "CPS-2026-0101"
