# language: es
@regresion @simulador
Característica: Radicar el pago mensual desde la hoja de pagos
  El robot lee la hoja «Noviembre» de sample-data/pagos-qa.xlsx, valida cada fila y la radica en
  «Ejecución del Contrato › Plan de pagos» como dice la guía: «Crear», diligenciar, anexar el ZIP
  de soportes, «Confirmar» y «Enviar». El resultado se comprueba en la página y en el simulador.

  Antecedentes:
    Dado los pagos de la hoja "Noviembre" del archivo "sample-data/pagos-qa.xlsx"

  @humo
  Escenario: El robot radica una cuenta de cobro sin factura electrónica
    Cuando radico el pago de la fila 2
    Entonces la fila 2 termina "Enviado"
    Y el plan de pagos del contrato "CPS-2026-0101" muestra la solicitud "011" en estado "Enviado a la entidad estatal"
    Y la solicitud "011" ofrece las acciones "Detalle"
    Y el simulador guardó la solicitud "011" del contrato "CPS-2026-0101" con:
      | estado              | Enviado a la entidad estatal                  |
      | factura electrónica | No                                            |
      | valor neto          | 3.500.000,00                                  |
      | valor total         | 3.500.000,00                                  |
      | notas               | Cuenta de cobro No. 011 - noviembre de 2026   |
      | documentos          | cps-2026-0101-noviembre.zip                   |
      | historial           | Borrador, Enviado a la entidad estatal        |

  Escenario: Radicar paso a paso: «Crear», anexar, «Confirmar» y «Enviar»
    Dado que inicié sesión como contratista con la empresa "Juana Pérez Gómez"
    Y que abro el plan de pagos del contrato "CPS-2026-0101"
    Cuando pulso «Crear» en el plan de pagos
    Y diligencio el formulario con los datos de la fila 2
    Y anexo los soportes de la fila 2
    Entonces la ventana «Anexar documento» muestra "Documento anexo" para "cps-2026-0101-noviembre.zip"
    Cuando cierro la ventana «Anexar documento»
    Entonces el formulario lista el documento "cps-2026-0101-noviembre.zip"
    Cuando pulso «Confirmar»
    Entonces el plan de pagos muestra la solicitud "011" en estado "Borrador"
    Y la solicitud "011" ofrece las acciones "Registro, Enviar, Borrar, Detalle"
    Y el simulador tiene la solicitud "011" del contrato "CPS-2026-0101" en estado "Borrador"
    Cuando pulso «Enviar» de la solicitud "011"
    Entonces el portal pregunta "¿Está seguro de enviar la solicitud de pago a la entidad estatal?"
    Cuando acepto la confirmación
    Entonces el plan de pagos muestra la solicitud "011" en estado "Enviado a la entidad estatal"
    Y la solicitud "011" ofrece las acciones "Detalle"
    Y el simulador tiene la solicitud "011" del contrato "CPS-2026-0101" en estado "Enviado a la entidad estatal"

  Escenario: El robot radica todos los pagos de noviembre
    Dado que la validación de la hoja no encuentra problemas
    Cuando radico todos los pagos
    Entonces las filas terminan así:
      | fila | resultado             | estado en el portal          |
      | 2    | Enviado               | Enviado a la entidad estatal |
      | 3    | Enviado               | Enviado a la entidad estatal |
      | 4    | Corregido y reenviado | Enviado a la entidad estatal |
      | 5    | Enviado               | Enviado a la entidad estatal |
    Y el simulador tiene estas solicitudes:
      | contrato      | número      | estado                       |
      | CPS-2026-0101 | 011         | Enviado a la entidad estatal |
      | CPS-2026-0102 | 011         | Enviado a la entidad estatal |
      | CPS-2026-0103 | 002         | Enviado a la entidad estatal |
      | CPS-2026-0301 | FE-2026-118 | Enviado a la entidad estatal |
    Y el plan de pagos del contrato "CPS-2026-0301" muestra la solicitud "FE-2026-118" en estado "Enviado a la entidad estatal"
