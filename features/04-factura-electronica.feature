# language: es
@regresion @simulador
Característica: Factura electrónica y validaciones del formulario «Solicitud de pago»
  Quien está obligado a facturar electrónicamente marca «Sí», escribe el CUFE y lo valida ante la
  DIAN con «Validar». El portal no confirma datos incoherentes y lo dice en el propio formulario;
  la validación de la hoja del robot avisa antes de llegar al portal.

  @humo @factura-electronica
  Escenario: Radicar una factura electrónica con el CUFE validado ante la DIAN
    Dado los pagos de la hoja "Noviembre" del archivo "sample-data/pagos-qa.xlsx"
    Y que inicié sesión como contratista con la empresa "Consultores Andinos S.A.S."
    Y que abro el plan de pagos del contrato "CPS-2026-0301"
    Cuando pulso «Crear» en el plan de pagos
    Y diligencio el formulario con los datos de la fila 5
    Y pulso «Validar» del CUFE
    Entonces el portal responde a la validación del CUFE "CUFE validado ante la DIAN."
    Y el CUFE queda validado
    Cuando anexo los soportes de la fila 5 y cierro la ventana
    Y pulso «Confirmar»
    Y pulso «Enviar» de la solicitud "FE-2026-118" y acepto la confirmación
    Entonces el plan de pagos muestra la solicitud "FE-2026-118" en estado "Enviado a la entidad estatal"
    Y el simulador guardó la solicitud "FE-2026-118" del contrato "CPS-2026-0301" con:
      | estado              | Enviado a la entidad estatal                                                                     |
      | factura electrónica | Sí                                                                                               |
      | CUFE                | 852ddc9f94e9ec4451aaa0f7b347960c0d3eadffae2eeb8577ced818f031f6b004a3ee30cfa45f59f427e360f57a0f05 |
      | valor neto          | 10.000.000,00                                                                                    |
      | valor total         | 11.900.000,00                                                                                    |
      | documentos          | cps-2026-0301-factura-fe-2026-118.zip                                                            |

  @factura-electronica
  Escenario: El portal rechaza un CUFE con formato inválido
    Dado los pagos de la hoja "Casos del portal" del archivo "sample-data/pagos-qa.xlsx"
    Entonces la validación de la hoja señala la fila 2 en la columna "CUFE": "debe tener 96 caracteres hexadecimales"
    Dado que inicié sesión como contratista con la empresa "Juana Pérez Gómez"
    Y que abro el plan de pagos del contrato "CPS-2026-0101"
    Cuando pulso «Crear» en el plan de pagos
    Y diligencio el formulario con los datos de la fila 2 tal como están en la hoja
    Y pulso «Validar» del CUFE
    Entonces el portal responde a la validación del CUFE "El CUFE debe tener 96 caracteres hexadecimales."
    Y el CUFE no queda validado

  @factura-electronica
  Escenario: El portal rechaza un CUFE que la DIAN no tiene registrado
    Dado los pagos de la hoja "Casos del portal" del archivo "sample-data/pagos-qa.xlsx"
    Y que la validación de la hoja no encuentra problemas en la fila 3
    Y que inicié sesión como contratista con la empresa "Juana Pérez Gómez"
    Y que abro el plan de pagos del contrato "CPS-2026-0101"
    Cuando pulso «Crear» en el plan de pagos
    Y diligencio el formulario con los datos de la fila 3
    Y pulso «Validar» del CUFE
    Entonces el portal responde a la validación del CUFE "El CUFE no está registrado en la DIAN."
    Y el CUFE no queda validado
    Cuando anexo los soportes de la fila 3 y cierro la ventana
    Y pulso «Confirmar»
    Entonces el portal no acepta la solicitud y muestra "Debe validar el CUFE ante la DIAN con el botón «Validar»."
    Y el simulador no tiene la solicitud "FE-2026-902" del contrato "CPS-2026-0101"

  @formulario
  Escenario: El valor neto no puede ser mayor que el valor total
    Dado los pagos de la hoja "Casos del portal" del archivo "sample-data/pagos-qa.xlsx"
    Entonces la validación de la hoja señala la fila 4 en la columna "Valor neto": "no puede ser mayor que el valor total"
    Dado que inicié sesión como contratista con la empresa "Juana Pérez Gómez"
    Y que abro el plan de pagos del contrato "CPS-2026-0101"
    Cuando pulso «Crear» en el plan de pagos
    Y diligencio el formulario con los datos de la fila 4 tal como están en la hoja
    Y anexo los soportes de la fila 4 y cierro la ventana
    Y pulso «Confirmar»
    Entonces el portal no acepta la solicitud y muestra "El valor neto no puede ser mayor que el valor total."
    Y el simulador no tiene la solicitud "012" del contrato "CPS-2026-0101"
