# language: es
@regresion @simulador @rechazo
Característica: Corregir y reenviar una solicitud rechazada
  Si el supervisor rechaza la solicitud, el contratista la corrige en el mismo registro
  («Detalle» › «Editar» › «Registro») sin crear uno nuevo, y la vuelve a enviar: el id de pago no cambia.

  Escenario: El robot corrige y reenvía la solicitud «002» rechazada, con el mismo id de pago
    Dado los pagos de la hoja "Noviembre" del archivo "sample-data/pagos-qa.xlsx"
    Y que el simulador muestra la solicitud "002" del contrato "CPS-2026-0103" en estado "Rechazado" con el motivo "El informe de actividades no tiene la firma del supervisor."
    Cuando radico el pago de la fila 4
    Entonces la fila 4 termina "Corregido y reenviado"
    Y el registro del robot para la fila 4 incluye "Motivo del rechazo: «El informe de actividades no tiene la firma del supervisor.»"
    Y el plan de pagos del contrato "CPS-2026-0103" muestra la solicitud "002" en estado "Enviado a la entidad estatal"
    Y la solicitud "002" del contrato "CPS-2026-0103" conserva su id de pago en el simulador
    Y el simulador guardó la solicitud "002" del contrato "CPS-2026-0103" con:
      | estado                | Enviado a la entidad estatal                                           |
      | documentos            | cps-2026-0103-pago-002.zip                                             |
      | historial termina con | Rechazado, En edición, Borrador, Enviado a la entidad estatal          |

  Escenario: Una solicitud que la entidad acaba de rechazar se corrige en el portal y se reenvía
    Dado los pagos de la hoja "Noviembre" del archivo "sample-data/pagos-qa.xlsx"
    Y que radico el pago de la fila 2
    Y que la entidad rechaza la solicitud "011" del contrato "CPS-2026-0101" con el motivo "Falta la firma del supervisor en el informe de actividades."
    Cuando abro el plan de pagos del contrato "CPS-2026-0101"
    Entonces el plan de pagos muestra la solicitud "011" en estado "Rechazado"
    Y la solicitud "011" ofrece las acciones "Detalle"
    Cuando abro el detalle de la solicitud "011"
    Entonces el detalle de la solicitud muestra el estado "Rechazado" y el motivo "Falta la firma del supervisor en el informe de actividades."
    Cuando pulso «Editar» en el detalle
    Entonces el plan de pagos muestra la solicitud "011" en estado "En edición"
    Cuando pulso «Registro» de la solicitud "011"
    Entonces el formulario muestra el número "011", el valor total "3.500.000,00" y el documento "cps-2026-0101-noviembre.zip"
    Cuando anexo el archivo "sample-data/soportes/qa/cps-2026-0101-noviembre-corregido.zip" y cierro la ventana
    Y pulso «Confirmar»
    Y pulso «Enviar» de la solicitud "011" y acepto la confirmación
    Entonces el plan de pagos muestra la solicitud "011" en estado "Enviado a la entidad estatal"
    Y la solicitud "011" del contrato "CPS-2026-0101" conserva su id de pago en el simulador
    Y el simulador guardó la solicitud "011" del contrato "CPS-2026-0101" con:
      | estado                | Enviado a la entidad estatal                                  |
      | documentos            | cps-2026-0101-noviembre-corregido.zip                         |
      | historial termina con | Rechazado, En edición, Borrador, Enviado a la entidad estatal |
