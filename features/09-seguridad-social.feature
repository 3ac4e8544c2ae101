# language: es
@regresion @simulador @seguridad-social
Característica: Seguridad social: la planilla PILA de cada solicitud de pago
  En los contratos de prestación de servicios por contratación directa de una persona natural, SECOP II
  pide en cada solicitud de pago el número de la planilla PILA y su fecha de pago, y los consulta ante
  SICOPI hasta que el estado dice «Consulta exitosa». Un pago tarda de 2 a 4 días hábiles en llegar a
  SICOPI: mientras tanto la fila queda «Planilla pendiente» y la siguiente ejecución de la misma hoja la
  termina, sin enviarla dos veces.

  Antecedentes:
    Dado los pagos de la hoja "Seguridad social" del archivo "sample-data/pagos-qa.xlsx"

  Escenario: Una planilla válida: «Consulta exitosa» y la solicitud se envía
    Cuando radico el pago de la fila 2
    Entonces la fila 2 termina "Enviado"
    Y el registro del robot para la fila 2 incluye "respondió «Consulta exitosa»"
    Y el simulador guardó la planilla "9523456711" en la solicitud "SS-011" del contrato "CPS-2026-0104"

  Escenario: Una planilla que aún no llega a SICOPI queda pendiente y se radica en una ejecución posterior
    Dado que SICOPI recibirá la planilla "88800024" del documento "52345678" pagada el "01/12/2026"
    Y que el reloj del simulador marca el "02/12/2026"
    Cuando radico el pago de la fila 3
    Entonces la fila 3 termina "Planilla pendiente" con un mensaje que contiene "de 2 a 4 días hábiles"
    Y el simulador no tiene la solicitud "SS-012" del contrato "CPS-2026-0104"
    Cuando el reloj del simulador avanza 7 días
    Y radico el pago de la fila 3
    Entonces la fila 3 termina "Enviado"
    Y el simulador tiene una sola solicitud "SS-012" del contrato "CPS-2026-0104", en estado "Enviado a la entidad estatal"

  Escenario: El portal pide la planilla y la hoja no la trae: la fila falla antes de «Confirmar»
    Dado que el simulador no rechaza una solicitud sin planilla validada
    Cuando radico el pago de la fila 4
    Entonces la fila 4 termina "Fallido" con un mensaje que contiene "«Número de planilla» y «Fecha de pago de la planilla»"
    Y el simulador no tiene la solicitud "SS-013" del contrato "CPS-2026-0104"

  Escenario: Dos planillas en una solicitud
    Cuando radico el pago de la fila 5
    Entonces la fila 5 termina "Enviado"
    Y el simulador guardó la planilla "9523456710" en la solicitud "SS-014" del contrato "CPS-2026-0104"
    Y el simulador guardó la planilla "9523456711" en la solicitud "SS-014" del contrato "CPS-2026-0104"

  Escenario: SICOPI no responde durante la consulta: el robot reintenta y termina
    Dado que la consulta a SICOPI falla las próximas 1 veces
    Cuando radico el pago de la fila 6
    Entonces la fila 6 termina "Enviado"
    Y el registro del robot para la fila 6 incluye "no está disponible"
